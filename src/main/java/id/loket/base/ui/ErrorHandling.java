package id.loket.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.loket.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No stack trace reaches a user: rule violations show their translated message, a concurrent change and a
 * denied permission get plain words, anything else a generic message while the log keeps the details.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof BusinessException)
                && !(cause instanceof OptimisticLockingFailureException)) {
            cause = cause.getCause();
        }
        if (UI.getCurrent() == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        if (cause instanceof BusinessException be) {
            Messages.error(be);
        } else if (cause instanceof OptimisticLockingFailureException) {
            Messages.error("error.concurrent-change");
        } else if (cause instanceof AccessDeniedException) {
            Messages.error("error.access-denied");
        } else {
            log.error("Unhandled error", event.getThrowable());
            Messages.error("error.unexpected");
        }
    }
}
