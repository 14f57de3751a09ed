package id.loket.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Loket's own page for an address that cannot be shown: the reason in the user's language and a link back to
 * the start page (which sends a signed-out visitor to the login). Never Vaadin's English framework page.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("error-page");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-page-title");
        Paragraph text = new Paragraph(getTranslation(textKey));
        Anchor home = new Anchor("", getTranslation("error.page.home"));
        home.setId("error-page-home");
        add(title, text, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
