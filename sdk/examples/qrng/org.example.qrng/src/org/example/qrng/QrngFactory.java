/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.qrng;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.osgi.service.component.annotations.Component;

/** Offers the vacuum-noise QRNG device type to the workbench. */
@Component(service = DeviceHandlerFactory.class)
public final class QrngFactory implements DeviceHandlerFactory {

	/** The device type's id. */
	public static final String TYPE_ID = "org.example.qrng.vacuum-noise";

	static final String NOISE_RATIO = "measuredNoiseRatio";
	static final String MIN_ENTROPY = "minEntropy";
	static final String BIT_RATE = "extractableBitRate";

	private static final DeviceType TYPE = new DeviceType(TYPE_ID, "Vacuum-noise QRNG (Example Photonics)",
			"A homodyne quantum random number generator (simulated): measured quantum-to-classical noise "
					+ "ratio, worst-case min-entropy per sample and extractable bit rate",
			DeviceCategory.OTHER,
			List.of(ParameterDescriptor.of("sampleRate", "Sample rate", "Hz", 1e9, 1, 1e11, "ADC samples per second"),
					ParameterDescriptor.of("adcBits", "ADC resolution", "bit", 8, 1, 24, "ADC bits per sample")
							.asInteger(),
					ParameterDescriptor.of("adcRange", "ADC range", "sigma", 4, 0.5, 20,
							"Full range, plus and minus, in standard deviations of the total noise"),
					ParameterDescriptor.of("noiseRatio", "Quantum-to-classical noise ratio", "dB", 10, -20, 40,
							"Vacuum noise variance over electronic noise variance"),
					ParameterDescriptor.of("estimationSamples", "Samples per estimate", "", 100_000, 100, 1e7,
							"Samples of each noise estimate (laser on, laser off)").asInteger(),
					ParameterDescriptor.of("updateInterval", "Update interval", "ms", 1000, 10, 3_600_000,
							"Time between two readings").asInteger(),
					ParameterDescriptor.of("seed", "Random seed", "", 0, 0, 9.0e15,
							"Seed of the simulated noise; 0 takes one from the clock").asInteger()),
			List.of(),
			List.of(new ReadingDescriptor(NOISE_RATIO, "Measured noise ratio", "dB",
					"Quantum-to-classical noise ratio estimated from laser-on and laser-off samples"),
					new ReadingDescriptor(MIN_ENTROPY, "Min-entropy", "bit",
							"Worst-case min-entropy per sample given the electronic noise"),
					new ReadingDescriptor(BIT_RATE, "Extractable bit rate", "bit/s",
							"Sample rate times min-entropy: the rate a randomness extractor can output")),
			List.of());

	@Override
	public List<DeviceType> supportedTypes() {
		return List.of(TYPE);
	}

	@Override
	public DeviceHandler createHandler(DeviceContext context) {
		return new QrngHandler(context);
	}
}
