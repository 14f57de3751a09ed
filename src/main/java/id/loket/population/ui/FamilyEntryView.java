package id.loket.population.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.workflow.HolderLine;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.base.ui.KeepsTyping;
import id.loket.base.ui.Messages;
import id.loket.population.FamilyForm;
import id.loket.population.FamilyInvalid;
import id.loket.population.FamilyService;
import id.loket.population.FamilyService.FamilyView;
import id.loket.population.MemberForm;
import id.loket.population.ReferenceData;
import id.loket.population.ReferenceData.Code;
import id.loket.population.ReferenceData.RegionRow;
import id.loket.population.Violation;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/** Step 4: the operator enters the family of a KK application, prefilled from the baseline, and submits it. */
@Route("keluarga")
@RolesAllowed({Roles.OPERATOR, Roles.VERIFIER, Roles.HEAD_OF_OFFICE})
public class FamilyEntryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, KeepsTyping {

    /** Header field -> its label key, for the summary. */
    private static final Map<String, String> HEADER_LABELS = Map.of("kkNumber", "old-kk-number", "address", "address",
            "rt", "rt", "rw", "rw", "village", "village", "postalCode", "postal-code");

    private final FamilyService families;
    private final ReferenceData refs;
    private UUID applicationId;
    private HolderLine holder;
    private long version;
    private String title = "";
    private final List<MemberForm> members = new ArrayList<>();

    final TextField kkNumber = new TextField();
    final TextField address = new TextField();
    final TextField rt = new TextField();
    final TextField rw = new TextField();
    final ComboBox<RegionRow> province = new ComboBox<>();
    final ComboBox<RegionRow> regency = new ComboBox<>();
    final ComboBox<RegionRow> district = new ComboBox<>();
    final ComboBox<RegionRow> village = new ComboBox<>();
    final TextField postalCode = new TextField();
    final Grid<MemberForm> memberGrid = new Grid<>();
    private final Div errors = new Div();
    /** The problems of the draft as last saved or opened: marked on their fields, summed up on top. */
    private List<Violation> violations = List.of();
    private final Map<String, HasValidation> headerFields = new HashMap<>();

    public FamilyEntryView(FamilyService families, ReferenceData refs) {
        this.families = families;
        this.refs = refs;
        setId("family-entry-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        // Vaadin reuses the view when the officer goes from one card straight to another: start afresh
        removeAll();
        memberGrid.removeAllColumns();
        FamilyView view;
        try {
            applicationId = UUID.fromString(id);
            view = families.open(applicationId);
        } catch (IllegalArgumentException | BusinessException e) {
            add(new Paragraph(getTranslation("workflow.error.not-found")));
            return;
        }
        version = view.version();
        title = view.registrationNumber();
        build(view);
    }

    private void build(FamilyView view) {
        Paragraph baseline = new Paragraph(getTranslation("population.entry.baseline." + view.baselineSource()));
        baseline.setId("family-baseline");
        holder = HolderLine.of(applicationId);
        add(new H2(getTranslation("population.entry.title", view.registrationNumber())), holder, baseline);
        if (view.siakNote() != null) {
            Paragraph note = new Paragraph(getTranslation("population.entry.siak-note", view.siakNote()));
            note.setId("family-siak-note");
            note.addClassName("siak-note");
            add(note);
        }
        errors.setId("family-errors");
        errors.addClassName("form-errors");
        add(errors);
        kkNumber.setLabel(getTranslation("population.field.old-kk-number"));
        kkNumber.setHelperText(getTranslation(view.newFamily() ? "population.entry.kk-new-family" : "population.entry.kk-kept"));
        kkNumber.setRequiredIndicatorVisible(!view.newFamily());
        kkNumber.setId("family-kk-number");
        kkNumber.setMaxLength(20);
        address.setLabel(getTranslation("population.field.address"));
        address.setId("family-address");
        address.setMaxLength(200);
        rt.setLabel(getTranslation("population.field.rt"));
        rt.setId("family-rt");
        rt.setMaxLength(3);
        rw.setLabel(getTranslation("population.field.rw"));
        rw.setId("family-rw");
        rw.setMaxLength(3);
        postalCode.setLabel(getTranslation("population.field.postal-code"));
        postalCode.setId("family-postal-code");
        postalCode.setMaxLength(5);
        regionPicker(province, "family-province", "population.field.province", null);
        regionPicker(regency, "family-regency", "population.field.regency", province);
        regionPicker(district, "family-district", "population.field.district", regency);
        regionPicker(village, "family-village", "population.field.village", district);
        for (HasValueAndElement<?, ?> required : List.of(address, rt, rw, province, regency, district, village, postalCode)) {
            required.setRequiredIndicatorVisible(true);
        }
        headerFields.putAll(Map.of("kkNumber", kkNumber, "address", address, "rt", rt, "rw", rw, "village", village,
                "postalCode", postalCode));
        headerFields.values().forEach(f -> {
            f.setManualValidation(true);
            // a field the operator changes loses its old marker: the next save checks it again
            ((HasValue<?, ?>) f).addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    f.setInvalid(false);
                }
            });
        });
        FamilyForm f = view.form();
        kkNumber.setValue(nz(f.kkNumber()));
        address.setValue(nz(f.address()));
        rt.setValue(nz(f.rt()));
        rw.setValue(nz(f.rw()));
        postalCode.setValue(nz(f.postalCode()));
        selectVillage(f.villageCode());
        FormLayout header = new FormLayout(kkNumber, address, rt, rw, province, regency, district, village, postalCode);

        members.clear();
        members.addAll(f.members());
        memberGrid.setId("family-members");
        memberGrid.addColumn(m -> members.indexOf(m) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        memberGrid.addColumn(MemberForm::fullName).setHeader(getTranslation("population.field.full-name")).setFlexGrow(3);
        memberGrid.addColumn(MemberForm::nik).setHeader(getTranslation("population.field.nik")).setFlexGrow(2);
        memberGrid.addColumn(m -> label("RELATIONSHIP", m.relationshipCode())).setHeader(getTranslation("population.field.relationship"));
        memberGrid.addColumn(m -> label("SEX", m.sexCode())).setHeader(getTranslation("population.field.sex"));
        memberGrid.addColumn(m -> m.birthDate() == null ? "" : m.birthDate().toString()).setHeader(getTranslation("population.field.birth-date"));
        memberGrid.addColumn(m -> m.movedOut() ? getTranslation("population.field.moved-out") : "").setHeader("");
        memberGrid.addComponentColumn(m -> {
            long count = memberProblems(members.indexOf(m) + 1).size();
            Span marker = new Span(count == 0 ? "" : getTranslation("population.entry.member-problems", count));
            marker.setId("member-problems-" + (members.indexOf(m) + 1));
            marker.addClassName("field-error");
            return marker;
        }).setHeader(getTranslation("population.entry.problems"));
        memberGrid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("population.entry.edit"), e -> editMember(m));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button(getTranslation("population.entry.remove"), e -> {
                members.remove(m);
                memberGrid.setItems(members);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        });
        memberGrid.setItems(members);
        memberGrid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("population.entry.add-member"), e -> editMember(null));
        add.setId("family-add-member");

        Button save = new Button(getTranslation("population.entry.save"), e -> save(false));
        save.setId("family-save");
        Button submit = new Button(getTranslation("population.entry.submit"), e -> save(true));
        submit.setId("family-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean editable = view.unmasked() && view.version() >= 0 && !holder.readOnly(); // only the holder edits
        header.setEnabled(editable);
        memberGrid.setEnabled(editable);
        save.setEnabled(editable);
        submit.setEnabled(editable);
        add.setEnabled(editable);
        add(header, new H3(getTranslation("population.entry.members")), memberGrid, add,
                new HorizontalLayout(save, submit));
        show(view.errors(), view.warnings());
    }

    private void regionPicker(ComboBox<RegionRow> box, String id, String labelKey, ComboBox<RegionRow> parent) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItemLabelGenerator(RegionRow::name);
        // lazy and filtered on the server: search as you type among ~84,000 villages
        box.setItems(query -> {
            String parentCode = parent == null ? null : parent.getValue() == null ? "-" : parent.getValue().code();
            return refs.search(parentCode, query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream();
        });
        if (parent != null) {
            parent.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() == null) {
                    box.clear();
                }
                box.getDataProvider().refreshAll();
            });
        }
    }

    private void selectVillage(String code) {
        if (code == null || code.split("\\.").length != 4) {
            return;
        }
        String[] p = code.split("\\.");
        refs.region(p[0]).ifPresent(province::setValue);
        refs.region(p[0] + "." + p[1]).ifPresent(regency::setValue);
        refs.region(p[0] + "." + p[1] + "." + p[2]).ifPresent(district::setValue);
        refs.region(code).ifPresent(village::setValue);
    }

    private String label(String list, String code) {
        return code == null ? "" : refs.code(list, code).map(c -> c.label().in(getLocale())).orElse(code);
    }

    private void editMember(MemberForm existing) {
        MemberForm m = existing == null ? MemberForm.empty() : existing;
        Dialog dialog = new Dialog();
        dialog.setId("member-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "population.entry.add-member" : "population.entry.edit"));
        TextField name = field("member-name", "population.field.full-name", m.fullName(), 100);
        TextField nik = field("member-nik", "population.field.nik", m.nik(), 20);
        Select<Code> sex = codes("member-sex", "SEX", "population.field.sex", m.sexCode());
        TextField birthPlace = field("member-birth-place", "population.field.birth-place", m.birthPlace(), 60);
        DatePicker birthDate = new DatePicker(getTranslation("population.field.birth-date"), m.birthDate());
        birthDate.setId("member-birth-date");
        Select<Code> religion = codes("member-religion", "RELIGION", "population.field.religion", m.religionCode());
        Select<Code> education = codes("member-education", "EDUCATION", "population.field.education", m.educationCode());
        Select<Code> occupation = codes("member-occupation", "OCCUPATION", "population.field.occupation", m.occupationCode());
        Select<Code> blood = codes("member-blood-type", "BLOOD_TYPE", "population.field.blood-type", m.bloodTypeCode());
        blood.setEmptySelectionAllowed(true);
        Select<Code> marital = codes("member-marital-status", "MARITAL_STATUS", "population.field.marital-status", m.maritalStatusCode());
        DatePicker marriageDate = new DatePicker(getTranslation("population.field.marriage-date"), m.marriageDate());
        marriageDate.setId("member-marriage-date");
        Checkbox marriageUnknown = new Checkbox(getTranslation("population.field.marriage-date-unknown"), m.marriageDateUnknown());
        Select<Code> relationship = codes("member-relationship", "RELATIONSHIP", "population.field.relationship", m.relationshipCode());
        Select<Code> citizenship = codes("member-citizenship", "CITIZENSHIP", "population.field.citizenship", m.citizenshipCode());
        TextField passport = field("member-passport", "population.field.passport", m.passportNumber(), 20);
        TextField kitap = field("member-kitap", "population.field.kitap", m.kitapNumber(), 30);
        TextField father = field("member-father", "population.field.father", m.fatherName(), 100);
        TextField mother = field("member-mother", "population.field.mother", m.motherName(), 100);
        Checkbox movedOut = new Checkbox(getTranslation("population.field.moved-out"), m.movedOut());
        movedOut.setId("member-moved-out");
        dialog.add(new FormLayout(name, nik, sex, birthPlace, birthDate, religion, education, occupation, blood,
                marital, marriageDate, marriageUnknown, relationship, citizenship, passport, kitap, father, mother, movedOut));
        for (HasValueAndElement<?, ?> required : List.of(name, nik, sex, birthPlace, birthDate, religion, education,
                occupation, marital, relationship, citizenship)) {
            required.setRequiredIndicatorVisible(true);
        }
        if (existing != null) {
            Map<String, HasValidation> fields = new HashMap<>(Map.of("fullName", name, "nik", nik, "sex", sex,
                    "birthPlace", birthPlace, "birthDate", birthDate, "religion", religion, "education", education,
                    "occupation", occupation, "bloodType", blood, "maritalStatus", marital));
            fields.putAll(Map.of("marriageDate", marriageDate, "relationship", relationship, "citizenship", citizenship,
                    "passport", passport, "kitap", kitap, "father", father, "mother", mother));
            mark(fields, memberProblems(members.indexOf(existing) + 1));
        }
        Button ok = new Button(getTranslation("action.save"), e -> {
            MemberForm updated = new MemberForm(name.getValue(), nik.getValue(), code(sex), birthPlace.getValue(),
                    birthDate.getValue(), code(religion), code(education), code(occupation), code(blood), code(marital),
                    marriageDate.getValue(), marriageUnknown.getValue(), code(relationship), code(citizenship),
                    passport.getValue(), kitap.getValue(), father.getValue(), mother.getValue(), movedOut.getValue());
            if (existing == null) {
                members.add(updated);
            } else {
                int no = members.indexOf(existing) + 1;
                members.set(no - 1, updated);
                // the member's markers were for what it held before: the next save checks it again
                violations = violations.stream().filter(v -> v.member() != no).toList();
            }
            memberGrid.setItems(members);
            dialog.close();
        });
        ok.setId("member-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private TextField field(String id, String labelKey, String value, int max) {
        TextField t = new TextField(getTranslation(labelKey));
        t.setId(id);
        t.setValue(nz(value));
        t.setMaxLength(max);
        return t;
    }

    private Select<Code> codes(String id, String list, String labelKey, String value) {
        Select<Code> s = new Select<>();
        s.setId(id);
        s.setLabel(getTranslation(labelKey));
        List<Code> items = refs.codes(list);
        s.setItems(items);
        s.setItemLabelGenerator(c -> c == null ? "" : c.label().in(getLocale()));
        items.stream().filter(c -> c.code().equals(value)).findFirst().ifPresent(s::setValue);
        return s;
    }

    private static String code(Select<Code> s) {
        return s.getValue() == null ? null : s.getValue().code();
    }

    private FamilyForm form() {
        return new FamilyForm(kkNumber.getValue(), address.getValue(), rt.getValue(), rw.getValue(),
                village.getValue() == null ? null : village.getValue().code(), postalCode.getValue(), List.copyOf(members));
    }

    private void save(boolean submit) {
        try {
            if (submit) {
                families.submit(applicationId, version, form());
                Messages.success("population.entry.submitted");
                UI.getCurrent().navigate("papan");
            } else {
                FamilyView saved = families.save(applicationId, version, form());
                version = saved.version();
                holder.refresh(); // the first saved change claimed a free card
                show(saved.errors(), saved.warnings());
                if (saved.errors().isEmpty()) {
                    Messages.success("population.entry.saved");
                } else {
                    Messages.success("population.entry.saved-with-problems", saved.errors().size());
                }
            }
        } catch (FamilyInvalid e) {
            // the draft was saved before the refusal: carry on from its new version
            version = e.version();
            holder.refresh();
            show(e.violations(), List.of());
            Messages.error(e);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Marks each problem on its field and puts a short summary on top: where, not the whole rule book. */
    private void show(List<Violation> problems, List<Violation> warnings) {
        violations = problems;
        errors.removeAll();
        mark(headerFields, problems.stream().filter(v -> v.member() == 0).toList());
        memberGrid.getDataProvider().refreshAll();
        if (!problems.isEmpty()) {
            List<String> where = new ArrayList<>();
            problems.stream().filter(v -> v.member() == 0 && v.field() == null)
                    .forEach(v -> where.add(getTranslation(v.key(), v.args())));
            problems.stream().filter(v -> v.member() == 0 && v.field() != null)
                    .map(v -> getTranslation("population.field." + HEADER_LABELS.get(v.field()))).distinct()
                    .forEach(where::add);
            problems.stream().filter(v -> v.member() > 0).map(Violation::member).distinct().sorted()
                    .forEach(no -> where.add(getTranslation("population.entry.member-summary", no,
                            memberProblems(no).size())));
            Paragraph summary = new Paragraph(getTranslation("population.entry.summary", problems.size(),
                    String.join("; ", where)));
            summary.setId("family-error-summary");
            errors.add(summary);
        }
        if (!warnings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            warnings.forEach(v -> list.add(new ListItem(getTranslation(v.key(), v.args()))));
            list.setId("family-warnings");
            errors.add(new Paragraph(getTranslation("population.entry.warnings")), list);
        }
    }

    private List<Violation> memberProblems(int no) {
        return violations.stream().filter(v -> v.member() == no).toList();
    }

    /** Every field named by a problem shows its message; the others are cleared. */
    private void mark(Map<String, HasValidation> fields, List<Violation> problems) {
        fields.forEach((name, field) -> {
            field.setManualValidation(true);
            List<String> messages = problems.stream().filter(v -> name.equals(v.field()))
                    .map(v -> getTranslation(v.key(), v.args())).distinct().toList();
            field.setInvalid(!messages.isEmpty());
            field.setErrorMessage(messages.isEmpty() ? null : String.join(" ", messages));
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("population.entry.title", title);
    }
}
