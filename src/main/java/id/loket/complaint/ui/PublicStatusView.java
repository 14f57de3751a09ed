package id.loket.complaint.ui;

import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.PublicStatus;
import java.util.Optional;

/** A citizen enters the complaint number and phone number and sees the status and the answer, nothing else. */
@Route(value = "pengaduan-publik/status", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/complaint.css")
class PublicStatusView extends Div implements HasDynamicTitle {

    final TextField number = new TextField();
    final TextField phone = new TextField();
    final Div result = new Div();

    PublicStatusView(ComplaintService service) {
        setId("public-status-view");
        addClassName("public-page");
        number.setId("public-status-number");
        number.setLabel(getTranslation("complaint.field.number"));
        number.setMaxLength(40);
        phone.setId("public-status-phone");
        phone.setLabel(getTranslation("complaint.field.phone"));
        phone.setMaxLength(20);
        Button check = new Button(getTranslation("complaint.public.check"), e -> {
            try {
                show(service.publicStatus(number.getValue(), phone.getValue(), ClientAddress.current()));
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        check.setId("public-status-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(number, phone, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("public-status-result");
        RouterLink back = new RouterLink(getTranslation("complaint.public.new-link"), PublicComplaintView.class);
        add(new H1(getTranslation("complaint.public.status-title")), form, result, back);
    }

    private void show(Optional<PublicStatus> status) {
        result.removeAll();
        if (status.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("complaint.public.not-found"));
            none.setId("public-status-not-found");
            result.add(none);
            return;
        }
        PublicStatus s = status.get();
        Paragraph state = new Paragraph(getTranslation("complaint.public.status-is", s.number(),
                getTranslation("complaint.public.status." + s.status().name())));
        state.setId("public-status-state");
        result.add(state);
        if (s.answer() != null) {
            Paragraph answer = new Paragraph();
            answer.setText(s.answer());
            answer.setId("public-status-answer");
            answer.addClassName("complaint-text");
            result.add(new H3(getTranslation("complaint.field.answer")), answer);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.public.status-title");
    }
}
