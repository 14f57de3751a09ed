package id.loket.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.base.ui.HomeSection;
import id.loket.document.DocumentService;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/**
 * The admin's early warning on his home page (issue 14.4): this enrolled branch's KK serial blocks from the central
 * run out within the reserve, or none has come yet. New families could not get a KK number once they are gone.
 */
@org.springframework.stereotype.Component
@Order(50)
class SerialReserveSection implements HomeSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DocumentService documents;

    SerialReserveSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Optional<Component> create(LoketUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        DocumentService.SerialReserve reserve = documents.serialReserve();
        if (!reserve.fromCentral() || !reserve.low()) {
            return Optional.empty();
        }
        Div warning = new Div();
        warning.setId("home-kk-serial-reserve");
        warning.addClassName("document-warning");
        if (reserve.coveredUntil().isEmpty()) {
            warning.add(new Paragraph(warning.getTranslation("document.serial.none", reserve.reserveDays())));
        } else {
            String districts = reserve.lowDistricts().stream()
                    .map(d -> d + " (" + reserve.coveredUntil().get(d).format(DAY) + ")")
                    .collect(Collectors.joining(", "));
            warning.add(new Paragraph(warning.getTranslation("document.serial.low", reserve.reserveDays(), districts)));
        }
        return Optional.of(warning);
    }
}
