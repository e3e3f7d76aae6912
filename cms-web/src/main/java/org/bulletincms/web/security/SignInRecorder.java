package org.bulletincms.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import org.bulletincms.account.Accounts;

/**
 * Records each signed-in caller's subject and current user name before the request's work ({@link Accounts}):
 * a person's first request claims the legacy user name they had, so that the work of this request already finds
 * their earlier rows under their subject. Runs after authorisation: a refused request records nothing.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class SignInRecorder implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.isSignedIn()) {
            accounts.signedIn(
                    caller.subject(),
                    caller.username(),
                    caller.actor().roles(),
                    Clock.systemUTC().instant());
        }
    }
}
