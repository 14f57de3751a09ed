package id.loket.complaint.ui;


import id.loket.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.Division;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Asks what an action needs (a division to route to, a note, a reason or the answer for the citizen) and hands
 * it to the service call; the board (drag or "next status") and the detail page use the same dialog.
 */
class ActionDialog extends Dialog {

    @FunctionalInterface
    interface Submit {
        void submit(Division division, String text);
    }

    ActionDialog(String number, ComplaintAction action, Division current, Division suggested, Submit submit,
                 Runnable done) {
        setId("complaint-action-dialog");
        setHeaderTitle(getTranslation("complaint.action.title", ComplaintUi.action(action), number));
        setWidth("32rem");
        Select<Division> division = new Select<>();
        division.setId("complaint-action-division");
        division.setLabel(getTranslation("complaint.field.division"));
        division.setItems(Division.ROUTABLE.stream().filter(d -> action != ComplaintAction.REASSIGN || d != current).toList());
        division.setItemLabelGenerator(ComplaintUi::division);
        division.setWidthFull();
        if (suggested != null && suggested != current) {
            division.setValue(suggested);
        }
        boolean routing = action == ComplaintAction.ASSIGN || action == ComplaintAction.REASSIGN;
        division.setVisible(routing);

        TextArea text = new TextArea(getTranslation("complaint.action.text." + action.name()));
        text.setId("complaint-action-text");
        text.setWidthFull();
        text.setMaxLength(action == ComplaintAction.RESOLVE ? 4000 : 1000);
        text.setMinHeight("8rem");
        add(division, text);

        Button save = new Button(ComplaintUi.action(action), e -> {
            try {
                submit.submit(routing ? division.getValue() : null, text.getValue());
                Messages.success("complaint.saved");
                close();
                done.run();
            } catch (BusinessException ex) {
                Messages.error(ex);
            } catch (OptimisticLockingFailureException ex) {
                Messages.error("error.concurrent-change");
                close();
                done.run();
            }
        });
        save.setId("complaint-action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("complaint-action-cancel");
        getFooter().add(cancel, save);
    }
}
