/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.ByteArrayOutputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.openqci.kms.KmeRequestReader.KeyRequest;

/**
 * A key management entity (KME) serving ETSI GS QKD 014 V1.1.1 (2019-02) to its SAEs, independent
 * of the HTTPS server that receives the requests: {@link #handle(KmeRequest)} answers one request
 * with a status and a JSON body, the keys coming from a {@link KeyStoreDatabase}.
 * <p>
 * The methods (specification clause 5), under {@value #API_PATH}:
 * <ul>
 * <li>{@code GET {slave_SAE_ID}/status}: the Status (6.1) of the caller's stock with that slave SAE;</li>
 * <li>{@code GET {slave_SAE_ID}/enc_keys?number=&size=} or {@code POST} with a Key request (6.2):
 * new keys for the caller (the master SAE) as a Key container (6.3), each handed out once;</li>
 * <li>{@code GET {master_SAE_ID}/dec_keys?key_ID=} or {@code POST} with Key IDs (6.4): the keys
 * that master SAE received, for the caller (the slave SAE), each handed out once.</li>
 * </ul>
 * The caller is the SAE the TLS client certificate identifies ({@link KmeRequest#callerSaeId()}).
 * <p>
 * Statuses, only those the specification lists: 200 with the result; 400 for a request whose
 * format, path, method or parameters are wrong, or that asks for what this KME does not support;
 * 401 when the caller is not an SAE served here or not the master (status, enc_keys) or slave
 * (dec_keys) of a configured pair with the SAE in the path, or asks for keys of another pair;
 * 503 when there are not enough keys in stock or the key store fails. Every refusal carries an
 * Error body whose {@code message} names the problem, and changes nothing in the store. Where the
 * specification does not say which status applies, the choices are:
 * <ul>
 * <li>an unknown path (no 404 in the specification) and a wrong method (no 405): 400;</li>
 * <li>an unknown SAE ID in the path, or a caller not part of the pair: 401, the same answer for
 * both, so that an SAE learns nothing about the pairs it is not part of;</li>
 * <li>fewer keys in stock than asked for: 503, an error on the server side that goes away when
 * the stock fills up (asking for more than {@code max_key_per_request} is a 400);</li>
 * <li>a key ID delivered to another pair: 401; unknown or not yet delivered to the master: 400;
 * already delivered to the slave: 400.</li>
 * </ul>
 * Limitations: one key size ({@link KmeConfiguration#keySize()}: {@code min_key_size =
 * max_key_size}; a request for another size is a 400 naming the supported size); no key
 * multicast ({@code additional_slave_SAE_IDs}, {@code max_SAE_ID_count} 0); no extension in
 * {@code extension_mandatory} (400, as the specification requires of a KME that cannot handle
 * one), {@code extension_optional} ignored. A delivered answer lost on its way (the connection
 * drops after the commit) is not delivered again.
 * <p>
 * Thread-safe; {@link #handle(KmeRequest)} never throws for any request. Key material is only in
 * 200 answers' bodies, never in a message or a log.
 */
public final class KeyManagementEntity {

	/** The largest request body accepted, bytes; a server need not read more. */
	public static final int MAX_BODY_BYTES = 64 * 1024;

	/** The path of the API (clause 5), in front of the SAE ID. */
	public static final String API_PATH = "/api/v1/keys/";

	private static final System.Logger LOG = System.getLogger(KeyManagementEntity.class.getName());

	private final KmeConfiguration configuration;
	private final KeyStoreDatabase store;
	private final KmeRequestReader reader;

	/**
	 * A KME.
	 *
	 * @param configuration who it is, whom it serves, what it delivers
	 * @param store         the keys; not closed by the KME
	 */
	public KeyManagementEntity(KmeConfiguration configuration, KeyStoreDatabase store) {
		this.configuration = Objects.requireNonNull(configuration, "configuration");
		this.store = Objects.requireNonNull(store, "store");
		this.reader = new KmeRequestReader(configuration);
	}

	/** The key store. */
	public KeyStoreDatabase store() {
		return store;
	}

	/** The configuration. */
	public KmeConfiguration configuration() {
		return configuration;
	}

	/**
	 * Answers one request. Never throws: a failure inside is a 503.
	 *
	 * @return 200 with a Status or Key container, or 400, 401 or 503 with an Error
	 */
	public KmeResponse handle(KmeRequest request) {
		Objects.requireNonNull(request, "request");
		try {
			return route(request);
		} catch (KmeRefusal r) {
			LOG.log(Level.DEBUG, () -> "refused " + request.method() + " " + KmeJson.shown(request.path()) + " from "
					+ KmeJson.shown(request.callerSaeId()) + ": " + r.status() + " " + r.getMessage());
			return new KmeResponse(r.status(), KmeJson.error(r.getMessage()));
		} catch (KeyStoreDatabaseException e) {
			LOG.log(Level.WARNING, "the key store failed: " + e.getMessage());
			return new KmeResponse(KmeRefusal.SERVER_ERROR, KmeJson.error("the key store of this KME is not available"));
		} catch (RuntimeException e) {
			LOG.log(Level.ERROR, "internal error answering " + request.method() + " " + KmeJson.shown(request.path()), e);
			return new KmeResponse(KmeRefusal.SERVER_ERROR, KmeJson.error("internal error of this KME"));
		}
	}

	/**
	 * Adds keys to the stock of a configured pair, up to {@code max_key_count} available keys.
	 *
	 * @return the number of keys added (the rest did not fit)
	 * @throws IllegalArgumentException  if the pair is not configured or a key is not
	 *                                   {@link KmeConfiguration#keySize()} bits
	 * @throws KeyStoreDatabaseException if the store fails (nothing is added)
	 */
	public int deposit(SaePair pair, List<byte[]> keys) {
		if (!configuration.pairs().contains(pair)) {
			throw new IllegalArgumentException("pair: " + pair + " is not configured for this KME");
		}
		for (byte[] key : keys) {
			if (key == null || key.length != configuration.keyBytes()) {
				throw new IllegalArgumentException("keys: a key of " + (key == null ? "null" : key.length * 8 + " bits")
						+ ", this KME stores keys of " + configuration.keySize() + " bits");
			}
		}
		return store.deposit(pair.master(), pair.slave(), keys, configuration.maxKeyCount());
	}

	private KmeResponse route(KmeRequest request) throws KmeRefusal {
		String caller = request.callerSaeId();
		if (caller.isEmpty() || !configuration.serves(caller)) {
			throw KmeRefusal.unauthorized("SAE '" + KmeJson.shown(caller) + "' of the client certificate is not served "
					+ "by KME '" + configuration.kmeId() + "'");
		}
		if (request.body().length > MAX_BODY_BYTES) {
			throw KmeRefusal.badRequest("the body of " + request.body().length + " bytes is longer than "
					+ MAX_BODY_BYTES + " bytes");
		}
		String method = request.method();
		if (!method.equals("GET") && !method.equals("POST")) {
			throw KmeRefusal.badRequest("method '" + KmeJson.shown(method) + "' is not supported (GET and POST are)");
		}
		Target target = target(request.path());
		boolean get = method.equals("GET");
		if (!get && !request.query().isEmpty()) {
			throw KmeRefusal.badRequest("a POST request takes its parameters in the body, not in the query");
		}
		return switch (target.operation()) {
			case "status" -> {
				authorizeMaster(caller, target.saeId());
				if (!get) {
					throw KmeRefusal.badRequest("status takes GET, not POST");
				}
				KmeRequestReader.checkQuery(request.query(), "status", Set.of());
				yield status(caller, target.saeId());
			}
			case "enc_keys" -> {
				authorizeMaster(caller, target.saeId());
				KeyRequest r = get ? reader.keyRequest(request.query()) : reader.keyRequest(request.body());
				yield encKeys(caller, target.saeId(), r);
			}
			default -> {
				authorizeSlave(caller, target.saeId());
				List<UUID> ids = get ? reader.keyIds(request.query()) : reader.keyIds(request.body());
				yield decKeys(target.saeId(), caller, ids);
			}
		};
	}

	/** The SAE ID and the method named by a path. */
	private record Target(String saeId, String operation) {
	}

	/** The target of a path {@code /api/v1/keys/{SAE_ID}/{status|enc_keys|dec_keys}}, the SAE ID decoded. */
	private static Target target(String path) throws KmeRefusal {
		if (path.startsWith(API_PATH)) {
			String rest = path.substring(API_PATH.length());
			int slash = rest.indexOf('/');
			if (slash > 0 && rest.indexOf('/', slash + 1) < 0) {
				String operation = rest.substring(slash + 1);
				if (operation.equals("status") || operation.equals("enc_keys") || operation.equals("dec_keys")) {
					return new Target(decode(rest.substring(0, slash)), operation);
				}
			}
		}
		throw KmeRefusal.badRequest("unknown path '" + KmeJson.shown(path) + "' (this KME serves " + API_PATH
				+ "{SAE_ID}/status, /enc_keys and /dec_keys)");
	}

	/** A percent-encoded path segment, decoded as UTF-8. */
	private static String decode(String segment) throws KmeRefusal {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		int i = 0;
		while (i < segment.length()) {
			int percent = segment.indexOf('%', i);
			int end = percent < 0 ? segment.length() : percent;
			bytes.writeBytes(segment.substring(i, end).getBytes(StandardCharsets.UTF_8));
			if (percent < 0) {
				break;
			}
			int hi = percent + 2 < segment.length() ? Character.digit(segment.charAt(percent + 1), 16) : -1;
			int lo = hi >= 0 ? Character.digit(segment.charAt(percent + 2), 16) : -1;
			if (lo < 0) {
				throw KmeRefusal.badRequest("the SAE ID in the path '" + KmeJson.shown(segment)
						+ "' has a malformed percent-encoding");
			}
			bytes.write(hi << 4 | lo);
			i = percent + 3;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
		} catch (CharacterCodingException e) {
			throw KmeRefusal.badRequest("the SAE ID in the path '" + KmeJson.shown(segment) + "' is not UTF-8");
		}
	}

	/** The caller must be the master of a pair with {@code slave}. */
	private void authorizeMaster(String caller, String slave) throws KmeRefusal {
		if (!configuration.paired(caller, slave)) {
			throw KmeRefusal.unauthorized("SAE '" + KmeJson.shown(caller) + "' may not request keys for SAE '"
					+ KmeJson.shown(slave) + "' (no such pair of SAEs with '" + KmeJson.shown(caller)
					+ "' as master)");
		}
	}

	/** The caller must be the slave of a pair with {@code master}. */
	private void authorizeSlave(String caller, String master) throws KmeRefusal {
		if (!configuration.paired(master, caller)) {
			throw KmeRefusal.unauthorized("SAE '" + KmeJson.shown(caller) + "' may not fetch keys of SAE '"
					+ KmeJson.shown(master) + "' (no such pair of SAEs with '" + KmeJson.shown(caller)
					+ "' as slave)");
		}
	}

	private KmeResponse status(String master, String slave) {
		String target = configuration.serves(slave) ? configuration.kmeId() : configuration.targetKmeId();
		long stored = store.available(master, slave);
		return ok(KmeJson.status(configuration.kmeId(), target, master, slave, configuration.keySize(), stored,
				configuration.maxKeyCount(), configuration.maxKeyPerRequest()));
	}

	private KmeResponse encKeys(String master, String slave, KeyRequest request) throws KmeRefusal {
		List<StoredKey> keys = store.reserveForMaster(master, slave, request.number());
		if (keys.isEmpty()) {
			throw KmeRefusal.serverError("not enough keys: " + request.number() + " requested, "
					+ store.available(master, slave) + " stored for SAE '" + master + "' and SAE '" + slave
					+ "'; try again later");
		}
		LOG.log(Level.DEBUG, () -> "delivered " + keys.size() + " keys to master SAE " + master + " for " + slave);
		return ok(KmeJson.keyContainer(keys));
	}

	private KmeResponse decKeys(String master, String slave, List<UUID> ids) throws KmeRefusal {
		SlaveDelivery delivery = store.deliverToSlave(master, slave, ids);
		return switch (delivery) {
			case SlaveDelivery.Delivered d -> {
				LOG.log(Level.DEBUG, () -> "delivered " + ids.size() + " keys of master SAE " + master + " to " + slave);
				yield ok(KmeJson.keyContainer(d.keys()));
			}
			case SlaveDelivery.Refused r -> throw switch (r.reason()) {
				case OTHER_PAIR -> KmeRefusal.unauthorized("key_ID " + r.keyId() + " was not delivered to master SAE '"
						+ master + "' for SAE '" + slave + "'");
				case ALREADY_DELIVERED -> KmeRefusal.badRequest("key_ID " + r.keyId()
						+ " has already been delivered to SAE '" + slave + "'");
				case DUPLICATE -> KmeRefusal.badRequest("key_ID " + r.keyId() + " appears twice in the request");
				case UNKNOWN, NOT_DELIVERED_TO_MASTER -> KmeRefusal.badRequest("key_ID " + r.keyId()
						+ " is not a key this KME delivered to master SAE '" + master + "'");
			};
		};
	}

	private static KmeResponse ok(String json) {
		return new KmeResponse(200, json);
	}
}
