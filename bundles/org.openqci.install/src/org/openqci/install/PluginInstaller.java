/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs features from a p2 repository into this installation, through p2's operations API
 * (the same planner and engine as the "Install New Software" wizard). The new bundles start
 * with the next start of the workbench.
 *
 * <p>Only the repository given is consulted: what a feature needs beyond it must be installed
 * already (for a device plugin, the device SDK that every workbench has). Unsigned artifacts are
 * installed only when the caller accepts them.
 */
public final class PluginInstaller {

	private static final String GROUP_SUFFIX = ".feature.group";

	private final IProvisioningAgent agent;
	private final IProfile profile;

	private PluginInstaller(IProvisioningAgent agent, IProfile profile) {
		this.agent = agent;
		this.profile = profile;
	}

	/**
	 * The installer of the running installation.
	 *
	 * @throws InstallException if p2 is not running or does not manage this installation (a test
	 *                          runtime, or a product not installed by p2)
	 */
	public static PluginInstaller forRunningInstallation() throws InstallException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context
				.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new InstallException("p2 is not running in this installation: no provisioning agent");
		}
		IProvisioningAgent agent;
		try {
			agent = context.getService(reference).createAgent(null);
		} catch (ProvisionException e) {
			throw new InstallException("p2 could not start its provisioning agent: " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
		IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
		IProfile self = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
		if (self == null) {
			throw new InstallException("this installation is not managed by p2 (it has no p2 profile); plugins "
					+ "can be installed into the product that './openqci build' makes");
		}
		return new PluginInstaller(agent, self);
	}

	/**
	 * The features the repository offers: those in its categories, or all features when it has
	 * no categories; latest version of each, sorted by id.
	 *
	 * @throws InstallException if the repository cannot be loaded
	 */
	public List<FeatureOffer> features(URI repository, IProgressMonitor monitor) throws InstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + repository, 2);
		IMetadataRepository metadata = loadMetadata(repository, progress.split(1));
		return offers(featuresOf(metadata, progress.split(1)).values());
	}

	/**
	 * Installs features from the repository.
	 *
	 * @param repository     the p2 repository (metadata and artifacts at the same location)
	 * @param featureIds     the features to install, with or without {@code .feature.group};
	 *                       empty for every feature the repository offers
	 * @param acceptUnsigned whether artifacts without a signature may be installed
	 * @param monitor        progress and cancellation
	 * @return the features installed
	 * @throws InstallException if the repository, a feature or a requirement is missing, p2
	 *                          refuses the plan, or the installation fails; nothing is installed
	 * @throws OperationCanceledException if cancelled; nothing is installed
	 */
	public List<FeatureOffer> install(URI repository, List<String> featureIds, boolean acceptUnsigned,
			IProgressMonitor monitor) throws InstallException {
		Objects.requireNonNull(featureIds, "featureIds");
		SubMonitor progress = SubMonitor.convert(monitor, "Installing from " + repository, 100);
		IMetadataRepository metadata = loadMetadata(repository, progress.split(5));
		loadArtifacts(repository, progress.split(5));
		Map<String, IInstallableUnit> offered = featuresOf(metadata, progress.split(5));
		List<IInstallableUnit> chosen = choose(offered, featureIds, repository);
		List<String> present = offers(chosen).stream().filter(FeatureOffer::installed)
				.map(o -> o.id() + " " + o.version()).toList();
		if (present.size() == chosen.size()) {
			throw new InstallException("nothing to install: " + String.join(", ", present) + " installed already");
		}

		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), chosen);
		operation.setProfileId(profile.getProfileId());
		operation.getProvisioningContext().setMetadataRepositories(repository);
		operation.getProvisioningContext().setArtifactRepositories(repository);
		IStatus resolution = operation.resolveModal(progress.split(25));
		if (resolution.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (resolution.getSeverity() == IStatus.ERROR || !operation.hasResolved()) {
			throw new InstallException("p2 cannot install " + names(chosen) + " from " + repository + ":\n"
					+ Objects.requireNonNullElse(operation.getResolutionDetails(), resolution.getMessage()));
		}
		ProvisioningJob job = operation.getProvisioningJob(null);
		if (job == null) {
			throw new InstallException("p2 has nothing to install: " + names(chosen) + " is installed already");
		}
		UnsignedContentPolicy policy = new UnsignedContentPolicy(acceptUnsigned);
		agent.registerService(UIServices.SERVICE_NAME, policy);
		IStatus result;
		try {
			result = job.runModal(progress.split(60));
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, policy);
		}
		if (!policy.unsignedArtifacts().isEmpty() && !acceptUnsigned) {
			throw new InstallException("refused: these artifacts are not signed (install them anyway with "
					+ "--accept-unsigned if you trust the repository):\n  "
					+ String.join("\n  ", policy.unsignedArtifacts()));
		}
		if (result.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (result.getSeverity() == IStatus.ERROR) {
			throw new InstallException("p2 failed to install " + names(chosen) + ": " + describe(result),
					result.getException());
		}
		return offers(chosen);
	}

	private IMetadataRepository loadMetadata(URI repository, IProgressMonitor monitor) throws InstallException {
		IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
		try {
			return manager.loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new InstallException("cannot read the p2 repository at " + repository + ": " + e.getMessage(), e);
		}
	}

	private void loadArtifacts(URI repository, IProgressMonitor monitor) throws InstallException {
		IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
		try {
			manager.loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new InstallException("the p2 repository at " + repository + " has no artifacts to install: "
					+ e.getMessage(), e);
		}
	}

	/** Feature groups by id: the categorised ones, or all when the repository has no categories. */
	private static Map<String, IInstallableUnit> featuresOf(IMetadataRepository metadata, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		Map<String, IInstallableUnit> features = new LinkedHashMap<>();
		for (IInstallableUnit category : metadata.query(QueryUtil.createIUCategoryQuery(), progress.split(1))) {
			for (IInstallableUnit member : metadata.query(
					QueryUtil.createLatestQuery(QueryUtil.createIUCategoryMemberQuery(category)), null)) {
				if (QueryUtil.isGroup(member)) {
					features.put(member.getId(), member);
				}
			}
		}
		if (features.isEmpty()) {
			for (IInstallableUnit group : metadata.query(
					QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(1))) {
				if (group.getId().endsWith(GROUP_SUFFIX)) {
					features.put(group.getId(), group);
				}
			}
		}
		return features;
	}

	private static List<IInstallableUnit> choose(Map<String, IInstallableUnit> offered, List<String> featureIds,
			URI repository) throws InstallException {
		if (offered.isEmpty()) {
			throw new InstallException("the p2 repository at " + repository + " offers no features");
		}
		if (featureIds.isEmpty()) {
			return List.copyOf(offered.values());
		}
		List<IInstallableUnit> chosen = new ArrayList<>();
		for (String id : featureIds) {
			String group = id.endsWith(GROUP_SUFFIX) ? id : id + GROUP_SUFFIX;
			IInstallableUnit unit = offered.get(group);
			if (unit == null) {
				throw new InstallException("the p2 repository at " + repository + " has no feature '" + id
						+ "'; it offers: " + String.join(", ", offered.keySet().stream().map(PluginInstaller::bare)
								.sorted().toList()));
			}
			chosen.add(unit);
		}
		return chosen;
	}

	private List<FeatureOffer> offers(Iterable<IInstallableUnit> units) {
		List<FeatureOffer> offers = new ArrayList<>();
		for (IInstallableUnit unit : units) {
			boolean installed = !profile.available(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null)
					.isEmpty();
			String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
			offers.add(new FeatureOffer(bare(unit.getId()), unit.getVersion().toString(),
					name == null ? bare(unit.getId()) : name, installed));
		}
		offers.sort(Comparator.comparing(FeatureOffer::id));
		return List.copyOf(offers);
	}

	private static String bare(String groupId) {
		return groupId.endsWith(GROUP_SUFFIX) ? groupId.substring(0, groupId.length() - GROUP_SUFFIX.length())
				: groupId;
	}

	private static String names(List<IInstallableUnit> units) {
		return String.join(", ", units.stream().map(unit -> bare(unit.getId())).toList());
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("\n  ").append(child.getMessage());
		}
		return text.toString();
	}
}
