/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.List;

import org.openqci.device.api.DeviceType;
import org.openqci.devices.DeviceManager;
import org.openqci.devices.PluginProblem;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code openqci devices}: lists the device types the installed plugins offer (id, category,
 * label and the plugin bundle that provides it) and the device plugins that are installed but do
 * not work, with the reason. Exit code 0; 2 when a plugin has a problem, so scripts notice.
 */
final class DevicesCommand implements Command {

	@Override
	public String name() {
		return "devices";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "list the device types of the installed plugins, and broken plugins";
	}

	@Override
	public String help() {
		return """
				usage: openqci devices

				Lists the device types the installed device plugins offer, one a line: type id,
				category, label, and the plugin (bundle and version) that provides it. Device plugins
				that are installed but do not work (a missing requirement, a component that failed)
				follow on stderr with the reason.

				exit codes: 0 all plugins work, 2 a plugin has a problem
				""";
	}

	@Override
	public int execute(List<String> args, CommandContext context) throws Exception {
		if (!args.isEmpty()) {
			if (args.contains("--help") || args.contains("-h")) {
				context.out().print(help());
				return ExitCodes.OK;
			}
			throw new UsageException("takes no arguments, got '" + args.get(0) + "'");
		}
		try (ServiceWaiter<DeviceManager> waiter = new ServiceWaiter<>(
				FrameworkUtil.getBundle(DevicesCommand.class).getBundleContext(), DeviceManager.class,
				ServiceWaiter.DEFAULT_WAIT)) {
			DeviceManager manager = waiter.get();
			if (manager == null) {
				context.err().println(CommandLine.PROGRAM + ": devices: the device manager is not running");
				return ExitCodes.INTERNAL_ERROR;
			}
			return print(manager, context);
		}
	}

	/** Prints the types and problems the device manager knows; the exit code. */
	static int print(DeviceManager manager, CommandContext context) {
		for (DeviceType type : manager.types()) {
			context.out().println(type.id() + "\t" + type.category() + "\t" + type.label() + "\t"
					+ manager.pluginOf(type.id()).orElse("?"));
		}
		List<PluginProblem> problems = manager.pluginProblems();
		for (PluginProblem problem : problems) {
			context.err().println(CommandLine.PROGRAM + ": devices: plugin " + problem.plugin() + ": "
					+ problem.reason());
		}
		return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
	}
}
