/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;

/** Saving experiment files: round trips, stable output, and saves that fail without harm. */
class ExperimentFilesSaveTest {

	@TempDir
	Path folder;

	@Test
	void roundTripKeepsEverything() throws Exception {
		Experiment original = TestExperiments.twoLinks();
		Path file = folder.resolve("two-links.qci");
		ExperimentFiles.save(original, file);
		Experiment loaded = ExperimentFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded experiment equals the saved one");
		Link vie = loaded.getLinks().get(1);
		assertNull(vie.getName());
		ParameterValue mu = vie.getSource().getParameters().get(0);
		assertTrue(mu.isSetValue(), "a value set to 0 stays set");
		assertEquals(0.0, mu.getValue());
		ParameterValue nu = vie.getSource().getParameters().get(1);
		assertFalse(nu.isSetValue(), "an unset value stays unset");
		assertTrue(nu.isOptimise());
		assertEquals(1e-6, loaded.getLinks().get(0).getDetector().getParameters().get(0).getValue());
		assertEquals("dB/km", loaded.getLinks().get(0).getChannels().get(0).getParameters().get(1).getUnit());
		assertEquals(2, loaded.getSweep().getAxes().size());
		assertTrue(loaded.getSweep().getAxes().get(1).isLogarithmic());
		assertEquals(31, loaded.getSweep().getAxes().get(0).getSteps());
		assertEquals(original.getDescription(), loaded.getDescription());
	}

	@Test
	void saveDoesNotTouchTheExperiment() throws Exception {
		Experiment experiment = TestExperiments.minimal();
		ExperimentFiles.save(experiment, folder.resolve("a.qci"));
		assertNull(experiment.eResource(), "the experiment is not moved into a resource");
	}

	@Test
	void outputIsReadableXmi() throws Exception {
		Path file = folder.resolve("minimal.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<qci:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:qci="http://openqci.org/experiment/1.0" name="minimal">
				  <links id="a">
				    <source kind="wcp-laser"/>
				    <channels kind="smf28-fibre" name="fibre">
				      <parameters name="length" value="50.0" unit="km"/>
				    </channels>
				    <detector kind="threshold-detector"/>
				    <protocol kind="bb84-decoy"/>
				  </links>
				</qci:Experiment>
				""", Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void outputIsDeterministic() throws Exception {
		Path first = folder.resolve("first.qci");
		Path second = folder.resolve("second.qci");
		ExperimentFiles.save(TestExperiments.twoLinks(), first);
		ExperimentFiles.save(TestExperiments.twoLinks(), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		assertEquals(ExperimentFiles.sha256(first), ExperimentFiles.sha256(second));

		Path again = folder.resolve("again.qci");
		ExperimentFiles.save(ExperimentFiles.load(first), again);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), "load then save is stable");
	}

	@Test
	void sha256OfKnownContent() throws IOException {
		Path file = Files.writeString(folder.resolve("abc"), "abc");
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ExperimentFiles.sha256(file));
	}

	@Test
	void saveReplacesTheFile() throws Exception {
		Path file = folder.resolve("e.qci");
		ExperimentFiles.save(TestExperiments.twoLinks(), file);
		ExperimentFiles.save(TestExperiments.minimal(), file);
		assertEquals("minimal", ExperimentFiles.load(file).getName());
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void unserialisableModelLeavesThePreviousFileIntact() throws Exception {
		Path file = folder.resolve("e.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		byte[] before = Files.readAllBytes(file);

		Experiment broken = TestExperiments.minimal();
		broken.setName("nul\u0000in the name"); // not representable in XML 1.0
		IOException e = assertThrows(IOException.class, () -> ExperimentFiles.save(broken, file));
		assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": cannot save: "), e.getMessage());

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder), "no temporary file is left behind");
	}

	@Test
	void writeThatFailsMidwayLeavesThePreviousFileIntact() throws Exception {
		Path file = folder.resolve("e.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		byte[] before = Files.readAllBytes(file);

		IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write("<?xml version=\"1.0\"?>\n<qci:Experiment".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("No space left on device");
		}));
		assertEquals("No space left on device", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder), "no temporary file is left behind");

		assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write(1);
			throw new IllegalStateException("serialiser bug");
		}));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void saveIntoAMissingFolderFails() {
		Path file = folder.resolve("missing").resolve("e.qci");
		assertThrows(IOException.class, () -> ExperimentFiles.save(TestExperiments.minimal(), file));
		assertFalse(Files.exists(file.getParent()));
	}

	@Test
	void saveOverAFolderFailsAndKeepsIt() throws IOException {
		Path target = Files.createDirectory(folder.resolve("e.qci"));
		assertThrows(IOException.class, () -> ExperimentFiles.save(TestExperiments.minimal(), target));
		assertTrue(Files.isDirectory(target));
		assertEquals(List.of(target), filesIn(folder), "no temporary file is left behind");
	}

	@Test
	void saveKeepsThePermissionsOfTheFile() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path file = folder.resolve("private.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		ExperimentFiles.save(TestExperiments.twoLinks(), file);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void saveThroughASymbolicLinkReplacesTheTarget() throws Exception {
		Path target = folder.resolve("real.qci");
		ExperimentFiles.save(TestExperiments.minimal(), target);
		Path link;
		try {
			link = Files.createSymbolicLink(folder.resolve("link.qci"), target.getFileName());
		} catch (UnsupportedOperationException | IOException e) {
			assumeTrue(false, "no symbolic links here");
			return;
		}
		ExperimentFiles.save(TestExperiments.twoLinks(), link);
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("Vienna metro", ExperimentFiles.load(target).getName());
	}

	@Test
	void saveResourceForEditors() throws Exception {
		Path file = folder.resolve("editor.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		Resource resource = ExperimentFiles.loadResource(ExperimentFiles.newResourceSet(), file);
		Experiment experiment = (Experiment) resource.getContents().get(0);
		resource.setTrackingModification(true);
		experiment.setName("edited");
		assertTrue(resource.isModified());

		ExperimentFiles.saveResource(resource, null);
		assertFalse(resource.isModified());
		assertEquals(Files.getLastModifiedTime(file).toMillis(), resource.getTimeStamp());
		assertEquals("edited", ExperimentFiles.load(file).getName());
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void saveResourceOnlyIfChangedLeavesAnEqualFileAlone() throws Exception {
		Path file = folder.resolve("same.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, old);
		Resource resource = ExperimentFiles.loadResource(ExperimentFiles.newResourceSet(), file);
		ExperimentFiles.saveResource(resource,
				Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
		assertEquals(old, Files.getLastModifiedTime(file));
	}

	@Test
	void saveResourceThatFailsKeepsItModified() throws Exception {
		Path file = folder.resolve("editor.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		byte[] before = Files.readAllBytes(file);
		Resource resource = ExperimentFiles.loadResource(ExperimentFiles.newResourceSet(), file);
		resource.setTrackingModification(true);
		((Experiment) resource.getContents().get(0)).setName("\u0001");
		assertThrows(IOException.class, () -> ExperimentFiles.saveResource(resource, null));
		assertTrue(resource.isModified(), "the editor still knows it has unsaved changes");
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void saveResourceMadeByTheResourceSet() throws Exception {
		Resource resource = ExperimentFiles.newResourceSet()
				.createResource(URI.createFileURI(folder.resolve("rel.qci").toString()));
		resource.getContents().add(TestExperiments.minimal());
		ExperimentFiles.saveResource(resource, null);
		assertEquals("minimal", ExperimentFiles.load(folder.resolve("rel.qci")).getName());
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
