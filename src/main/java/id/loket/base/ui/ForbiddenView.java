package id.loket.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in officer's roles do not open (Vaadin's navigation access control raises
 * AccessDeniedException; a visitor who is not signed in goes to the login instead).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ForbiddenView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public ForbiddenView() {
        super("forbidden-view", "error.page.forbidden.title", "error.page.forbidden.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
