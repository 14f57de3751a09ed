package id.loket;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the global security-context holder at the running test's own application context before each test.
 * Vaadin sets the global strategy when a context starts, so after a test class with its own context (one that
 * overrides beans) the shared context's tests would read the signed-in officer from the other context's holder.
 * Runs before {@code @WithUserDetails} sets the user up.
 */
public class CurrentContextSecurity implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1000; // WithSecurityContextTestExecutionListener is 10000
    }
}
