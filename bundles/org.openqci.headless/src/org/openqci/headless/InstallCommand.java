/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.openqci.install.FeatureOffer;
import org.openqci.install.InstallException;
import org.openqci.install.PluginInstaller;
import org.openqci.install.RepositoryLocation;

/**
 * {@code openqci install REPOSITORY [FEATURE]... [--list] [--accept-unsigned]}: installs plugin
 * features from a p2 repository (a folder, a zip or a URI) into this installation, through p2's
 * operations API, like Help &gt; Install New Software in the workbench. Without features it
 * installs every feature the repository offers; {@code --list} only shows them. The plugins are
 * used from the next start. Nothing is installed when anything fails.
 */
final class InstallCommand implements Command {

	@Override
	public String name() {
		return "install";
	}

	@Override
	public String synopsis() {
		return "REPOSITORY [FEATURE]... [--list] [--accept-unsigned]";
	}

	@Override
	public String summary() {
		return "install plugin features from a p2 repository";
	}

	@Override
	public String help() {
		return """
				usage: openqci install REPOSITORY [FEATURE]... [--list] [--accept-unsigned]

				Installs plugin features (devices, protocols, channels) from a p2 repository into this
				installation, as Help > Install New Software does in the workbench. REPOSITORY is a
				repository folder, a zipped repository (.zip) or a URI (file:, https:). Without FEATURE
				every feature the repository offers is installed. The plugins start with the next start
				of the workbench; 'openqci devices' then lists their device types.

				  --list             show the features the repository offers and install nothing
				  --accept-unsigned  install artifacts that have no signature (refused otherwise)

				exit codes: 0 installed, 2 repository, feature or requirement missing, or refused by p2
				""";
	}

	@Override
	public int execute(List<String> args, CommandContext context) throws Exception {
		List<String> positional = new ArrayList<>();
		boolean list = false;
		boolean acceptUnsigned = false;
		for (String arg : args) {
			switch (arg) {
				case "--list" -> list = true;
				case "--accept-unsigned" -> acceptUnsigned = true;
				case "--help", "-h" -> {
					context.out().print(help());
					return ExitCodes.OK;
				}
				default -> {
					if (arg.startsWith("--")) {
						throw new UsageException("unknown option '" + arg + "'");
					}
					positional.add(arg);
				}
			}
		}
		if (positional.isEmpty()) {
			throw new UsageException("give the p2 repository to install from");
		}
		try {
			URI repository = RepositoryLocation.parse(positional.get(0));
			PluginInstaller installer = PluginInstaller.forRunningInstallation();
			ConsoleProgressMonitor progress = new ConsoleProgressMonitor(context.err(), context.interactive(),
					context.cancelled());
			if (list) {
				for (FeatureOffer offer : installer.features(repository, progress)) {
					context.out().println(offer.id() + " " + offer.version() + "  " + offer.name()
							+ (offer.installed() ? "  (installed)" : ""));
				}
				return ExitCodes.OK;
			}
			List<FeatureOffer> installed = installer.install(repository, positional.subList(1, positional.size()),
					acceptUnsigned, progress);
			for (FeatureOffer offer : installed) {
				context.out().println("installed " + offer.id() + " " + offer.version() + "  " + offer.name());
			}
			context.err().println(CommandLine.PROGRAM + ": install: restart the workbench to use the new plugins");
			return ExitCodes.OK;
		} catch (InstallException e) {
			context.err().println(CommandLine.PROGRAM + ": install: " + e.getMessage());
			return ExitCodes.BAD_INPUT;
		}
	}
}
