/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of {@code org.openqci.model} and the EMF.Edit code of
 * {@code org.openqci.model.edit} from {@code bundles/org.openqci.model/model/openqci.genmodel},
 * without the Eclipse IDE.
 * <p>
 * The generator runs into an empty staging folder (so every run starts from the same state and
 * produces the same bytes), then mirrors the generated {@code src-gen/} trees, {@code plugin.xml}
 * and {@code plugin.properties} into the bundles. Files whose content did not change are left
 * untouched; files that are no longer generated are deleted from {@code src-gen/}. Manifests and
 * {@code build.properties} are written by hand and never touched; generated icons are only copied
 * where the bundle has none yet.
 * <p>
 * Usage: {@code GenerateModel <repository root>}.
 */
public final class GenerateModel {

	private static final String MODEL_BUNDLE = "org.openqci.model";
	private static final String EDIT_BUNDLE = "org.openqci.model.edit";
	private static final String GENMODEL = "model/openqci.genmodel";

	/**
	 * Files mirrored from the staging folder into each bundle, besides {@code src-gen/}. The edit
	 * bundle's {@code plugin.xml} is written by hand: it registers the hand-written
	 * {@code QciLabelledItemProviderAdapterFactory} rather than the generated factory.
	 */
	private static final Map<String, List<String>> MIRRORED_FILES = Map.of(
			MODEL_BUNDLE, List.of("plugin.xml", "plugin.properties"),
			EDIT_BUNDLE, List.of("plugin.properties"));

	private final Path bundles;
	private final Path staging;

	private GenerateModel(Path root, Path staging) {
		this.bundles = root.resolve("bundles");
		this.staging = staging;
	}

	/**
	 * Regenerates the model and edit code.
	 *
	 * @param args one argument: the repository root (the folder that holds {@code bundles/})
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: GenerateModel <repository root>");
			System.exit(2);
		}
		Path root = Path.of(args[0]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(root.resolve("bundles").resolve(MODEL_BUNDLE).resolve(GENMODEL))) {
			System.err.println("error: " + root + " has no bundles/" + MODEL_BUNDLE + "/" + GENMODEL);
			System.exit(2);
		}
		Path staging = Files.createTempDirectory("openqci-genmodel-");
		try {
			GenerateModel generator = new GenerateModel(root, staging);
			generator.generate();
			int changed = generator.mirror(MODEL_BUNDLE) + generator.mirror(EDIT_BUNDLE);
			System.out.println("openqci.genmodel: " + changed + " file(s) changed");
		} finally {
			deleteTree(staging);
		}
	}

	private void generate() throws IOException {
		// The staging bundles: the model folder (inputs) and the empty output folders.
		Path stagedModel = staging.resolve(MODEL_BUNDLE);
		Path stagedEdit = staging.resolve(EDIT_BUNDLE);
		copyTree(bundles.resolve(MODEL_BUNDLE).resolve("model"), stagedModel.resolve("model"));
		for (Path bundle : List.of(stagedModel, stagedEdit)) {
			Path manifest = bundles.resolve(bundle.getFileName().toString()).resolve("META-INF/MANIFEST.MF");
			if (Files.isRegularFile(manifest)) {
				Files.createDirectories(bundle.resolve("META-INF"));
				Files.copy(manifest, bundle.resolve("META-INF/MANIFEST.MF"));
			}
		}
		Files.createDirectories(stagedModel.resolve("src-gen"));
		Files.createDirectories(stagedEdit.resolve("src-gen"));

		// platform:/plugin/... for the Ecore genmodel in the EMF jars on the class path.
		URIConverter.URI_MAP.putAll(EcorePlugin.computePlatformURIMap(true));
		for (Path bundle : List.of(stagedModel, stagedEdit)) {
			String name = bundle.getFileName().toString();
			URI folder = URI.createFileURI(bundle.toString() + "/");
			EcorePlugin.getPlatformResourceMap().put(name, folder);
			URIConverter.URI_MAP.put(URI.createPlatformResourceURI(name + "/", false), folder);
		}

		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		check("genmodel", genModel.diagnose());

		Generator generator = new Generator();
		generator.setInput(genModel);
		BasicMonitor monitor = new BasicMonitor();
		check("model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
		check("edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
	}

	private static void check(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
			report(what, diagnostic, "");
		}
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + what + ": " + diagnostic.getMessage());
		}
	}

	private static void report(String what, Diagnostic diagnostic, String indent) {
		if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
			String message = diagnostic.getMessage();
			if (message != null) {
				System.err.println(indent + what + ": " + message
						+ (diagnostic.getException() != null ? " (" + diagnostic.getException() + ")" : ""));
			}
			for (Diagnostic child : diagnostic.getChildren()) {
				report(what, child, indent + "  ");
			}
		}
	}

	/**
	 * Brings one bundle in line with its staged copy; returns the number of files written or deleted.
	 */
	private int mirror(String bundle) throws IOException {
		Path from = staging.resolve(bundle);
		Path to = bundles.resolve(bundle);
		int changed = mirrorTree(from.resolve("src-gen"), to.resolve("src-gen"));
		for (String file : MIRRORED_FILES.get(bundle)) {
			if (Files.isRegularFile(from.resolve(file))) {
				changed += writeIfChanged(from.resolve(file), to.resolve(file));
			}
		}
		Path icons = from.resolve("icons");
		if (Files.isDirectory(icons)) {
			for (Path icon : listFiles(icons)) {
				Path target = to.resolve("icons").resolve(icons.relativize(icon).toString());
				if (!Files.exists(target)) {
					changed += writeIfChanged(icon, target);
				}
			}
		}
		return changed;
	}

	private static int mirrorTree(Path from, Path to) throws IOException {
		int changed = 0;
		TreeSet<String> generated = new TreeSet<>();
		for (Path file : listFiles(from)) {
			String relative = from.relativize(file).toString();
			generated.add(relative);
			changed += writeIfChanged(file, to.resolve(relative));
		}
		if (Files.isDirectory(to)) {
			for (Path file : listFiles(to)) {
				if (!generated.contains(to.relativize(file).toString())) {
					Files.delete(file);
					changed++;
				}
			}
			deleteEmptyFolders(to);
		}
		return changed;
	}

	private static int writeIfChanged(Path from, Path to) throws IOException {
		byte[] content = Files.readAllBytes(from);
		if (Files.isRegularFile(to) && Arrays.equals(content, Files.readAllBytes(to))) {
			return 0;
		}
		Files.createDirectories(to.getParent());
		Files.write(to, content);
		System.out.println("  wrote " + to);
		return 1;
	}

	private static List<Path> listFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void deleteEmptyFolders(Path root) throws IOException {
		List<Path> folders;
		try (Stream<Path> paths = Files.walk(root)) {
			folders = paths.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
		}
		for (Path folder : folders) {
			if (!folder.equals(root)) {
				try (Stream<Path> entries = Files.list(folder)) {
					if (entries.findAny().isEmpty()) {
						Files.delete(folder);
					}
				}
			}
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		for (Path file : listFiles(from)) {
			Path target = to.resolve(from.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.copy(file, target);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (Path path : paths) {
			try {
				Files.delete(path);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
