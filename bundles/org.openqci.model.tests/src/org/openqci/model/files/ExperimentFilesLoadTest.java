/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqci.model.Experiment;

/** Loading experiment files: good files load, every bad one gives a one-line message naming the place. */
class ExperimentFilesLoadTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<qci:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
			xmlns:qci="http://openqci.org/experiment/1.0" name="x">
			""";

	@TempDir
	Path folder;

	@Test
	void loadsAHandWrittenFile() throws Exception {
		Path file = write("ok.qci", HEAD + """
				  <links id="inf">
				    <source kind="wcp-laser">
				      <parameters name="mu" value="0.48"/>
				    </source>
				    <channels name="fibre" kind="smf28-fibre">
				      <parameters name="length" value="50" unit="km"/>
				    </channels>
				    <detector kind="threshold-detector"/>
				    <protocol kind="bb84-decoy"/>
				  </links>
				</qci:Experiment>
				""");
		Experiment experiment = ExperimentFiles.load(file);
		assertEquals("x", experiment.getName());
		assertEquals(50.0, experiment.getLinks().get(0).getChannels().get(0).getParameters().get(0).getValue());
		assertEquals("km", experiment.getLinks().get(0).getChannels().get(0).getParameters().get(0).getUnit());
		assertEquals("", experiment.getLinks().get(0).getSource().getParameters().get(0).getUnit());
	}

	@Test
	void theFileNameDoesNotMatter() throws Exception {
		Path file = folder.resolve("experiment.xml");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		assertEquals("minimal", ExperimentFiles.load(file).getName());
	}

	@Test
	void missingFile() {
		Path file = folder.resolve("nowhere.qci");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": file not found", e.getMessage());
		assertEquals(file, e.file());
		assertEquals(ExperimentFileException.UNKNOWN, e.line());
		assertEquals(ExperimentFileException.UNKNOWN, e.column());
	}

	@Test
	void folderInsteadOfFile() {
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(folder));
		assertEquals(folder + ": is a folder, not an experiment file", e.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "''", "'   \n\t\n'" })
	void emptyFile(String content) throws IOException {
		Path file = write("empty.qci", content);
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": file is empty", e.getMessage());
	}

	@Test
	void brokenXmlGivesLineAndColumn() throws IOException {
		Path file = write("broken.qci", HEAD + """
				  <links id="a">
				  </link>
				</qci:Experiment>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(4, e.line());
		assertEquals(5, e.column());
		assertTrue(e.getMessage().startsWith(file + ":4:5: malformed XML: "), e.getMessage());
		assertOneLine(e);
	}

	@Test
	void notXmlAtAll() throws IOException {
		Path file = write("text.qci", "fibre.length = 50 km\n");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertTrue(e.getMessage().startsWith(file + ":1:1: malformed XML: "), e.getMessage());
	}

	@Test
	void truncatedFile() throws IOException {
		Path file = write("truncated.qci", HEAD + "  <links id=\"a\">\n");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
		assertTrue(e.problem().startsWith("malformed XML: "), e.problem());
	}

	@Test
	void wrongRootClass() throws IOException {
		Path file = write("link.qci", """
				<?xml version="1.0" encoding="UTF-8"?>
				<qci:Link xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:qci="http://openqci.org/experiment/1.0" id="a"/>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": the root element is 'Link', expected 'Experiment'", e.getMessage());
	}

	@Test
	void anotherModelsFile() throws IOException {
		Path file = write("model.ecore", """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="x"/>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": not an OpenQCI experiment: the root element is 'EPackage' from namespace "
				+ "'http://www.eclipse.org/emf/2002/Ecore'", e.getMessage());
	}

	@Test
	void unknownNamespace() throws IOException {
		Path file = write("pom.qci", """
				<?xml version="1.0" encoding="UTF-8"?>
				<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion/></project>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":2:52: not an OpenQCI experiment: unknown namespace "
				+ "'http://maven.apache.org/POM/4.0.0' (expected 'http://openqci.org/experiment/1.0')", e.getMessage());
	}

	@Test
	void noNamespace() throws IOException {
		Path file = write("plain.qci", "<experiment name=\"x\"/>\n");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":1:23: not an OpenQCI experiment: the root element has no namespace "
				+ "(expected 'http://openqci.org/experiment/1.0')", e.getMessage());
	}

	@Test
	void unknownElementNamesItAndItsLine() throws IOException {
		Path file = write("element.qci", HEAD + """
				  <links id="a">
				    <colour value="red"/>
				  </links>
				</qci:Experiment>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":4:26: unknown element or attribute 'colour' in Link", e.getMessage());
		assertEquals(4, e.line());
		assertEquals(26, e.column());
	}

	@Test
	void unknownAttributeNamesIt() throws IOException {
		Path file = write("attribute.qci", HEAD + """
				  <links id="a" colour="red"/>
				</qci:Experiment>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":3:31: unknown element or attribute 'colour' in Link", e.getMessage());
	}

	@Test
	void unknownElementType() throws IOException {
		Path file = write("type.qci", """
				<?xml version="1.0" encoding="UTF-8"?>
				<qci:Experimant xmlns:xmi="http://www.omg.org/XMI" xmlns:qci="http://openqci.org/experiment/1.0"/>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":2:99: unknown element type 'Experimant'", e.getMessage());
	}

	@Test
	void invalidNumber() throws IOException {
		Path file = write("number.qci", HEAD + """
				  <links id="a">
				    <source kind="k"><parameters name="mu" value="0,48"/></source>
				  </links>
				</qci:Experiment>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":4:58: invalid value '0,48' for 'value' in ParameterValue", e.getMessage());
	}

	@Test
	void doctypeIsRefused() throws IOException {
		Path file = write("doctype.qci", """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
				<qci:Experiment xmlns:xmi="http://www.omg.org/XMI" xmlns:qci="http://openqci.org/experiment/1.0" name="&secret;"/>
				""");
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ":2:10: malformed XML: DOCTYPE declarations are not allowed in experiment files",
				e.getMessage());
	}

	@Test
	void loadResourceLeavesNoBrokenResourceBehind() throws IOException {
		Path file = write("element.qci", HEAD + "  <links id=\"a\" colour=\"red\"/>\n</qci:Experiment>\n");
		ResourceSet resourceSet = ExperimentFiles.newResourceSet();
		assertThrows(ExperimentFileException.class, () -> ExperimentFiles.loadResource(resourceSet, file));
		assertTrue(resourceSet.getResources().isEmpty());
	}

	@Test
	void loadResourceReloadsAnExistingResource() throws Exception {
		Path file = folder.resolve("reload.qci");
		ExperimentFiles.save(TestExperiments.minimal(), file);
		ResourceSet resourceSet = ExperimentFiles.newResourceSet();
		Resource first = ExperimentFiles.loadResource(resourceSet, file);
		Experiment changed = TestExperiments.minimal();
		changed.setName("changed");
		ExperimentFiles.save(changed, file);
		Resource second = ExperimentFiles.loadResource(resourceSet, file);
		assertEquals(first, second);
		assertEquals(1, resourceSet.getResources().size());
		assertEquals("changed", assertInstanceOf(Experiment.class, second.getContents().get(0)).getName());
		assertFalse(second.isModified());
	}

	@Test
	void messageFormat() {
		Path file = Path.of("dir", "e.qci");
		assertEquals("dir/e.qci:3:7: bad", new ExperimentFileException(file, 3, 7, "bad", null).getMessage()
				.replace('\\', '/'));
		assertEquals("dir/e.qci:3: bad", new ExperimentFileException(file, 3, -1, "bad", null).getMessage()
				.replace('\\', '/'));
		assertEquals("dir/e.qci: bad", new ExperimentFileException(file, -1, 7, "bad", null).getMessage()
				.replace('\\', '/'));
		assertEquals(ExperimentFileException.UNKNOWN, new ExperimentFileException(file, -1, 7, "bad", null).column());
	}

	private static void assertOneLine(Exception e) {
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
