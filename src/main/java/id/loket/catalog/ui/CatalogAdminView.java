package id.loket.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.AppType;
import id.loket.catalog.CatalogService.Document;
import id.loket.catalog.CatalogService.Step;
import id.loket.catalog.CatalogService.StepChange;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.stream.Collectors;

/** The admin edits the service rules: step names, standard minutes, WIP limits, required documents. */
@Route("admin/katalog")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "catalog.menu", icon = "vaadin:list-ol")
public class CatalogAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final String NO_GUARD = "";

    private final CatalogService catalog;
    private final Grid<Step> stepGrid = new Grid<>();
    private final Grid<AppType> typeGrid = new Grid<>();

    public CatalogAdminView(CatalogService catalog) {
        this.catalog = catalog;
        setId("catalog-admin-view");
        stepGrid.setId("catalog-steps");
        stepGrid.addColumn(Step::seq).setHeader(getTranslation("catalog.seq")).setAutoWidth(true).setFlexGrow(0);
        stepGrid.addColumn(s -> s.name().in(getLocale())).setHeader(getTranslation("catalog.step")).setFlexGrow(3);
        stepGrid.addColumn(s -> getTranslation("role." + s.role())).setHeader(getTranslation("catalog.role")).setFlexGrow(2);
        stepGrid.addColumn(Step::standardMinutes).setHeader(getTranslation("catalog.standard-minutes"));
        stepGrid.addColumn(Step::wipLimit).setHeader(getTranslation("catalog.wip-limit"));
        stepGrid.addColumn(s -> s.guardCode() == null ? "" : s.guardCode()).setHeader(getTranslation("catalog.guard"));
        stepGrid.addItemClickListener(e -> editStep(e.getItem()));
        stepGrid.setAllRowsVisible(true);

        typeGrid.setId("catalog-types");
        typeGrid.addColumn(t -> t.name().in(getLocale())
                + (t.addition() ? " (" + getTranslation("catalog.addition") + ")" : ""))
                .setHeader(getTranslation("catalog.type")).setFlexGrow(2);
        typeGrid.addColumn(t -> t.documents().stream().map(d -> d.name().in(getLocale()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("catalog.documents")).setFlexGrow(4);
        typeGrid.addItemClickListener(e -> editDocuments(e.getItem()));
        typeGrid.setAllRowsVisible(true);

        add(new H3(getTranslation("catalog.steps-title")), stepGrid,
                new H3(getTranslation("catalog.types-title")), typeGrid);
        refresh();
    }

    private void refresh() {
        CatalogService.Snapshot snapshot = catalog.catalog();
        stepGrid.setItems(snapshot.steps());
        typeGrid.setItems(snapshot.types());
    }

    private void editStep(Step step) {
        Dialog dialog = new Dialog();
        dialog.setId("step-editor");
        dialog.setHeaderTitle(step.name().in(getLocale()));
        TextField nameId = new TextField(getTranslation("catalog.name-id"), step.name().id(), "");
        TextField nameEn = new TextField(getTranslation("catalog.name-en"), step.name().en(), "");
        IntegerField minutes = new IntegerField(getTranslation("catalog.standard-minutes"));
        minutes.setValue(step.standardMinutes());
        minutes.setId("step-minutes");
        IntegerField wip = new IntegerField(getTranslation("catalog.wip-limit"));
        wip.setValue(step.wipLimit());
        wip.setId("step-wip");
        // guards are chosen from those the features register: a typo cannot name a guard that never holds
        Select<String> guard = new Select<>();
        guard.setId("step-guard");
        guard.setLabel(getTranslation("catalog.guard"));
        java.util.List<String> choices = new java.util.ArrayList<>();
        choices.add(NO_GUARD);
        choices.addAll(catalog.guardCodes());
        if (step.guardCode() != null && !choices.contains(step.guardCode())) {
            choices.add(step.guardCode()); // shown as it is, so the admin sees it is not registered
        }
        guard.setItems(choices);
        guard.setItemLabelGenerator(code -> code.equals(NO_GUARD) ? getTranslation("catalog.guard.none")
                : catalog.guardCodes().contains(code) ? code : getTranslation("catalog.guard.unregistered", code));
        guard.setValue(step.guardCode() == null ? NO_GUARD : step.guardCode());
        Checkbox confirmRemoval = new Checkbox(getTranslation("catalog.guard.confirm-removal",
                step.guardCode() == null ? "" : step.guardCode()));
        confirmRemoval.setId("step-guard-confirm-removal");
        confirmRemoval.setVisible(false);
        guard.addValueChangeListener(e -> confirmRemoval.setVisible(step.guardCode() != null && NO_GUARD.equals(e.getValue())));
        FormLayout form = new FormLayout(nameId, nameEn, minutes, wip, guard, confirmRemoval);
        form.setColspan(confirmRemoval, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                catalog.changeStep(step.code(), step.version(), new StepChange(nameId.getValue(), nameEn.getValue(),
                        minutes.getValue() == null ? 0 : minutes.getValue(), wip.getValue() == null ? 0 : wip.getValue(),
                        NO_GUARD.equals(guard.getValue()) ? null : guard.getValue(), confirmRemoval.getValue()));
                Messages.success("catalog.saved");
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.setId("step-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void editDocuments(AppType type) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(type.name().in(getLocale()));
        CheckboxGroup<Document> docs = new CheckboxGroup<>(getTranslation("catalog.documents"));
        docs.setItems(catalog.allDocuments());
        docs.setItemLabelGenerator(d -> d.name().in(getLocale()));
        docs.setValue(docs.getListDataView().getItems().filter(d -> type.documentCodes().contains(d.code()))
                .collect(Collectors.toSet()));
        dialog.add(docs);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                catalog.changeRequiredDocuments(type.code(), type.version(),
                        docs.getValue().stream().map(Document::code).collect(Collectors.toCollection(HashSet::new)));
                Messages.success("catalog.saved");
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.menu");
    }
}
