/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.api.TextParameter;
import org.osgi.service.component.annotations.Component;

/**
 * A key management entity (KME) reached through the REST-based key delivery API of ETSI GS QKD
 * 014 V1.1.1 (2019-02), as the secure application entity (SAE) whose client certificate the
 * configuration names: type {@value #TYPE_ID}.
 * <p>
 * Readings: {@code storedKeyCount} and {@code maxKeyCount} (keys), {@code keySize} (bits), and
 * {@code keyRate}, the change of the stored key material per second between two consecutive
 * status polls in bit/s. The key rate's unit is {@code "Hz"} (per second: one bit per second is
 * 1 Hz here), so that views can scale it to kHz and MHz; its label says bit/s. It is negative when
 * keys are taken faster than the QKD link produces them.
 */
@Component(service = DeviceHandlerFactory.class)
public final class Etsi014DeviceFactory implements DeviceHandlerFactory {

	/** The type's id. */
	public static final String TYPE_ID = "etsi014-kme";

	/** The command answering the status JSON. */
	static final String STATUS = "status";

	/** The command taking keys with enc_keys, answering their IDs. */
	static final String GET_KEYS = "getKeys";

	/** The command fetching keys by ID with dec_keys, answering how many arrived. */
	static final String GET_KEYS_WITH_IDS = "getKeysWithIds";

	static final String STORED_KEY_COUNT = "storedKeyCount";
	static final String KEY_SIZE = "keySize";
	static final String KEY_RATE = "keyRate";
	static final String MAX_KEY_COUNT = "maxKeyCount";

	/** The device type. */
	static final DeviceType TYPE = new DeviceType(TYPE_ID, "ETSI GS QKD 014 key management entity",
			"A key management entity (KME) of a QKD network, asked over HTTPS with mutual TLS for its key stock "
					+ "and keys through the REST-based key delivery API of ETSI GS QKD 014 V1.1.1 (2019-02).",
			DeviceCategory.QKD_SYSTEM,
			List.of(ParameterDescriptor.of("pollInterval", "Poll interval", "ms", 2000, 10, 3600000,
					"The pause between two status requests").asInteger(),
					ParameterDescriptor.of("timeout", "Timeout", "ms", 5000, 10, 60000,
							"How long to wait for the connection and for each answer").asInteger(),
					ParameterDescriptor.of("retryDelay", "Retry delay", "ms", 500, 10, 60000,
							"The pause before the first retry after a failure; doubled after each failed one")
							.asInteger(),
					ParameterDescriptor.of("maxRetryDelay", "Longest retry delay", "ms", 30000, 10, 3600000,
							"The longest pause between two retries").asInteger()),
			List.of(new TextParameter("kmeUrl", "KME URL", null,
					"The KME's address, https://host:port (e.g. https://localhost:8443)"),
					new TextParameter("slaveSaeId", "Slave SAE ID", null,
							"The SAE the keys are shared with (slave_SAE_ID of status and enc_keys)"),
					new TextParameter("masterSaeId", "Master SAE ID", "",
							"The SAE that requested the keys getKeysWithIds fetches (master_SAE_ID of dec_keys); "
									+ "optional"),
					new TextParameter("keyStore", "Key store", null,
							"Path of the PKCS#12 file with this SAE's client certificate and private key"),
					new TextParameter("keyStorePassword", "Key store password", "", "The key store's password"),
					new TextParameter("trustStore", "Trust store", "",
							"Path of the PKCS#12 file with the CA certificate(s) the KME's certificate is checked "
									+ "against; empty: the JDK's trusted CAs"),
					new TextParameter("trustStorePassword", "Trust store password", "",
							"The trust store's password")),
			List.of(new ReadingDescriptor(STORED_KEY_COUNT, "Stored keys", "",
					"How many keys of keySize the KME holds for the SAE pair (stored_key_count)"),
					new ReadingDescriptor(KEY_SIZE, "Key size (bits)", "", "The default key size in bits (key_size)"),
					new ReadingDescriptor(KEY_RATE, "Key rate (bit/s)", "Hz",
							"The change of the stored key material per second between two status polls, in bit/s; "
									+ "negative when keys are taken faster than they are produced"),
					new ReadingDescriptor(MAX_KEY_COUNT, "Key capacity", "",
							"How many keys the KME can hold for the SAE pair (max_key_count)")),
			List.of(new CommandDescriptor(STATUS, "Status", null,
					"Asks the KME for its status (Get status) and answers it as JSON"),
					new CommandDescriptor(GET_KEYS, "Get keys", "number of keys (default 1)",
							"Takes keys for the slave SAE (Get key, enc_keys) and answers their IDs, comma-separated; "
									+ "the key material is discarded"),
					new CommandDescriptor(GET_KEYS_WITH_IDS, "Get keys with IDs", "key IDs, comma-separated",
							"Fetches the keys the master SAE took, by ID (Get key with key IDs, dec_keys), and "
									+ "answers how many arrived; the key material is discarded")));

	/** The factory; the workbench finds it as an OSGi service. */
	public Etsi014DeviceFactory() {
	}

	@Override
	public List<DeviceType> supportedTypes() {
		return List.of(TYPE);
	}

	/**
	 * {@inheritDoc}
	 *
	 * @throws IllegalArgumentException if the context's type is not {@value #TYPE_ID}
	 */
	@Override
	public DeviceHandler createHandler(DeviceContext context) {
		String id = context.type().id();
		if (!TYPE_ID.equals(id)) {
			throw new IllegalArgumentException("'" + id + "' is not an ETSI GS QKD 014 device type; this factory "
					+ "supports [" + TYPE_ID + "]");
		}
		return new Etsi014DeviceHandler(context);
	}
}
