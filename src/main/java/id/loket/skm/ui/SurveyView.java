package id.loket.skm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.LanguageSwitch;
import id.loket.skm.SkmElement;
import id.loket.skm.SkmService;
import id.loket.skm.SkmService.LinkState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survey page a citizen opens from the QR code on the handover screen, or the counter's tablet from its link:
 * no login, the nine elements in plain words, each with the regulation's four answers, one submission per link.
 * Nothing about the citizen is asked or kept.
 */
@Route(value = SkmService.ROUTE + "/:token?", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SkmService skm;
    final Map<SkmElement, RadioButtonGroup<Integer>> ratings = new EnumMap<>(SkmElement.class);
    final Div form = new Div();
    final Paragraph message = new Paragraph();
    final Button submit = new Button();
    private String token;

    public SurveyView(SkmService skm) {
        this.skm = skm;
        setId("skm-survey-view");
        addClassName("public-page");
        message.setId("skm-survey-message");
        form.setId("skm-survey-form");
        for (SkmElement e : SkmElement.values()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setId("skm-survey-" + e.name());
            group.setLabel(getTranslation("skm.element." + e.name() + ".question"));
            group.setItems(List.of(1, 2, 3, 4));
            group.setItemLabelGenerator(v -> getTranslation("skm.element." + e.name() + ".answer." + v));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRequiredIndicatorVisible(true);
            group.addValueChangeListener(ev -> group.setInvalid(false));
            ratings.put(e, group);
            form.add(group);
        }
        submit.setId("skm-survey-submit");
        submit.setText(getTranslation("skm.survey.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClickListener(e -> submit());
        form.add(submit);
        add(new LanguageSwitch(), new H1(getTranslation("skm.survey.title")), message, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        LinkState state = skm.state(token);
        if (state == LinkState.OPEN) {
            message.setText(getTranslation("skm.survey.intro"));
            form.setVisible(true);
        } else {
            closed("skm.survey." + state.name());
        }
    }

    void submit() {
        Map<SkmElement, Integer> answers = new EnumMap<>(SkmElement.class);
        boolean complete = true;
        for (Map.Entry<SkmElement, RadioButtonGroup<Integer>> e : ratings.entrySet()) {
            Integer v = e.getValue().getValue();
            if (v == null) {
                e.getValue().setErrorMessage(getTranslation("skm.error.choose"));
                e.getValue().setInvalid(true);
                complete = false;
            } else {
                answers.put(e.getKey(), v);
            }
        }
        if (!complete) {
            message.setText(getTranslation("skm.error.incomplete"));
            return; // nothing is sent: every unanswered element is marked
        }
        try {
            skm.submit(token, answers, ClientAddress.current());
            closed("skm.survey.thanks");
        } catch (BusinessException ex) {
            if ("skm.error.rate-limit".equals(ex.messageKey())) {
                message.setText(getTranslation(ex.messageKey()));
            } else {
                closed(ex.messageKey());
            }
        }
    }

    private void closed(String key) {
        message.setText(getTranslation(key));
        form.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skm.survey.title");
    }
}
