/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * What p2 asks the user during a command-line installation, answered without a user: unsigned
 * artifacts are accepted only when the user said so ({@code --accept-unsigned}), untrusted
 * certificates never, and no credentials are given. The unsigned artifacts p2 reported are kept
 * so that a refusal can name them.
 */
final class UnsignedContentPolicy extends UIServices {

	private final boolean acceptUnsigned;
	private final List<String> unsigned = new ArrayList<>();

	UnsignedContentPolicy(boolean acceptUnsigned) {
		this.acceptUnsigned = acceptUnsigned;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public synchronized TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		if (unsignedDetail != null) {
			unsigned.addAll(List.of(unsignedDetail));
		}
		return new TrustInfo(new Certificate[0], false, acceptUnsigned);
	}

	/** The unsigned artifacts p2 asked about, in the words p2 used. */
	synchronized List<String> unsignedArtifacts() {
		return List.copyOf(unsigned);
	}
}
