/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.openqci.model.Experiment;
import org.openqci.model.QciPackage;
import org.openqci.model.util.QciResourceFactoryImpl;

/**
 * Reads and writes experiment files ({@code *.qci}, XMI): the one place that knows how an
 * {@link Experiment} is stored. Works inside and outside OSGi (each resource set it makes has the
 * experiment package and the {@code qci} resource factory registered locally). Reading reports
 * every problem as an {@link ExperimentFileException} naming the file and, where known, the line
 * and column; writing replaces the file atomically, so a failed save never destroys the file
 * that was there.
 */
public final class ExperimentFiles {

	/** The file extension of experiment files, without the dot. */
	public static final String FILE_EXTENSION = "qci";

	/** The XML encoding of saved experiment files. */
	public static final String ENCODING = "UTF-8";

	private ExperimentFiles() {
	}

	/**
	 * A resource set ready for experiment files: the experiment package and the {@code qci}
	 * resource factory registered in the set itself, and load and save options that make
	 * unknown content an error and the output deterministic.
	 *
	 * @return a new resource set
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(QciPackage.eNS_URI, QciPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new QciResourceFactoryImpl());
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	/**
	 * Reads an experiment file.
	 *
	 * @param file the file to read (any name; the content decides)
	 * @return the experiment, the single root of a resource in a new resource set
	 * @throws ExperimentFileException when the file is missing, unreadable, empty, not well-formed
	 *                                 XML, not an experiment, or has content the model does not
	 *                                 know; the message names the file and the place
	 */
	public static Experiment load(Path file) throws ExperimentFileException {
		return (Experiment) loadResource(newResourceSet(), file).getContents().get(0);
	}

	/**
	 * Reads an experiment file into a resource of the given resource set (for editors that keep
	 * their own editing domain). A resource of the set with the same URI is unloaded and read
	 * again. On failure the resource is removed from the set.
	 *
	 * @param resourceSet the resource set that receives the resource
	 * @param file        the file to read
	 * @return the loaded resource; its single root is an {@link Experiment}
	 * @throws ExperimentFileException as {@link #load(Path)}
	 */
	public static Resource loadResource(ResourceSet resourceSet, Path file) throws ExperimentFileException {
		byte[] content = read(file);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = new QciResourceFactoryImpl().createResource(uri);
			resourceSet.getResources().add(resource);
		} else {
			resource.unload();
		}
		try {
			try {
				resource.load(new ByteArrayInputStream(content), loadOptions());
			} catch (IOException | RuntimeException e) {
				throw LoadProblems.describe(file, resource, e);
			}
			if (!resource.getErrors().isEmpty()) {
				throw LoadProblems.describe(file, resource, null);
			}
			checkRoot(file, resource);
			return resource;
		} catch (ExperimentFileException e) {
			resource.unload();
			resourceSet.getResources().remove(resource);
			throw e;
		}
	}

	/**
	 * Writes an experiment to a file, replacing it atomically: the content goes to a temporary
	 * file in the same folder which is then moved over the target. If anything fails the previous
	 * file is left as it was. The experiment itself is not changed (a copy is serialised), and
	 * the same experiment always gives the same bytes.
	 *
	 * @param experiment the experiment to write
	 * @param file       the target file
	 * @throws IOException when the experiment cannot be serialised or the file cannot be written
	 */
	public static void save(Experiment experiment, Path file) throws IOException {
		ResourceSet resourceSet = newResourceSet();
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = new QciResourceFactoryImpl().createResource(uri);
		resourceSet.getResources().add(resource);
		resource.getContents().add(EcoreUtil.copy(experiment));
		saveResource(resource, null);
	}

	/**
	 * Saves a resource the way {@link #save(Experiment, Path)} does (temporary file, then an atomic
	 * move), for editors that hold a resource of their own. The default save options of this
	 * class apply; {@code options} may add to or override them. {@link Resource#OPTION_SAVE_ONLY_IF_CHANGED}
	 * (any value) leaves the file untouched when its content would not change. On success the
	 * resource is marked unmodified and gets the file's time stamp; on failure its modified flag
	 * is restored. A resource whose URI does not resolve to a local file is saved by EMF directly.
	 *
	 * @param resource the resource to save
	 * @param options  save options, or null
	 * @throws IOException when the resource cannot be serialised or the file cannot be written
	 */
	public static void saveResource(Resource resource, Map<?, ?> options) throws IOException {
		Map<Object, Object> effective = new HashMap<>(saveOptions());
		if (options != null) {
			effective.putAll(options);
		}
		Path file = localFile(resource);
		if (file == null) {
			resource.save(effective);
			return;
		}
		boolean onlyIfChanged = effective.remove(Resource.OPTION_SAVE_ONLY_IF_CHANGED) != null;
		boolean wasModified = resource.isModified();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try {
			resource.save(buffer, effective);
		} catch (RuntimeException e) {
			resource.setModified(wasModified);
			throw new IOException(file + ": cannot save: " + LoadProblems.text(e), e);
		} catch (IOException e) {
			resource.setModified(wasModified);
			throw e;
		}
		byte[] content = buffer.toByteArray();
		if (onlyIfChanged && Files.isRegularFile(file) && Arrays.equals(content, Files.readAllBytes(file))) {
			resource.setModified(false);
			return;
		}
		try {
			AtomicFileWriter.write(file, out -> out.write(content));
		} catch (IOException | RuntimeException e) {
			resource.setModified(wasModified);
			throw e;
		}
		resource.setModified(false);
		resource.setTimeStamp(Files.getLastModifiedTime(file).toMillis());
	}

	/**
	 * The SHA-256 digest of a file's bytes, for provenance records.
	 *
	 * @param file the file
	 * @return 64 lower-case hexadecimal digits
	 * @throws IOException when the file cannot be read
	 */
	public static String sha256(Path file) throws IOException {
		return sha256(Files.readAllBytes(file));
	}

	/**
	 * The SHA-256 digest of some bytes.
	 *
	 * @param content the bytes
	 * @return 64 lower-case hexadecimal digits
	 */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	/**
	 * The load options used for experiment files: unknown elements and attributes are errors
	 * (with line and column), no DOCTYPE or external entities.
	 *
	 * @return a new, modifiable map
	 */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_LAX_FEATURE_PROCESSING, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES,
				Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		return options;
	}

	/**
	 * The save options used for experiment files: UTF-8, {@code \n} line ends on every platform,
	 * no schema location, so that the same experiment always gives the same bytes.
	 *
	 * @return a new, modifiable map
	 */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, ENCODING);
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		return options;
	}

	private static byte[] read(Path file) throws ExperimentFileException {
		if (Files.isDirectory(file)) {
			throw new ExperimentFileException(file, "is a folder, not an experiment file", null);
		}
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ExperimentFileException(file, "file not found", e);
		} catch (AccessDeniedException e) {
			throw new ExperimentFileException(file, "cannot read the file: permission denied", e);
		} catch (IOException e) {
			throw new ExperimentFileException(file, "cannot read the file: " + LoadProblems.text(e), e);
		}
		if (isBlank(content)) {
			throw new ExperimentFileException(file, "file is empty", null);
		}
		return content;
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	private static void checkRoot(Path file, Resource resource) throws ExperimentFileException {
		if (resource.getContents().isEmpty()) {
			throw new ExperimentFileException(file, "holds no experiment", null);
		}
		EObject root = resource.getContents().get(0);
		if (root.eClass().getEPackage() != QciPackage.eINSTANCE) {
			throw new ExperimentFileException(file, "not an OpenQCI experiment: the root element is '"
					+ root.eClass().getName() + "' from namespace '" + root.eClass().getEPackage().getNsURI() + "'",
					null);
		}
		if (!(root instanceof Experiment)) {
			throw new ExperimentFileException(file,
					"the root element is '" + root.eClass().getName() + "', expected 'Experiment'", null);
		}
		if (resource.getContents().size() > 1) {
			throw new ExperimentFileException(file,
					"holds " + resource.getContents().size() + " root elements; expected one Experiment", null);
		}
	}

	/** The local file a resource is stored in, or null when its URI does not name one. */
	private static Path localFile(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null) {
			return null;
		}
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: URIConverter.INSTANCE;
		URI resolved = CommonPlugin.resolve(converter.normalize(uri));
		return resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}
}
