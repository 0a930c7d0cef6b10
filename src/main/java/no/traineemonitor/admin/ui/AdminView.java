package no.traineemonitor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.traineemonitor.programme.Programme;
import no.traineemonitor.programme.ProgrammeService;
import no.traineemonitor.record.AppUser;
import no.traineemonitor.record.RecordEvent;
import no.traineemonitor.record.Role;
import no.traineemonitor.record.StoredReturn;
import no.traineemonitor.reference.County;
import no.traineemonitor.reference.CountyDivision;
import no.traineemonitor.reference.ReferenceService;
import no.traineemonitor.reporting.ReturnService;
import no.traineemonitor.reporting.ui.ReturnsGrid;
import no.traineemonitor.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * Administration (/admin): users and their roles (a leader's programme, an analyst's county), every return with the
 * means to withdraw one (a reason is required, and the previous version is used again), and the audit log. Every
 * change is an event in the record with who made it; the services check the role again.
 */
@Route("admin")
@PageTitle("Traineemonitor – administrasjon")
@Menu(order = 80, title = "nav.admin")
@RolesAllowed("ADMIN")
class AdminView extends VerticalLayout {

    private final UserService users;
    private final ReturnService returns;
    private final ProgrammeService programmes;
    private final ReferenceService reference;
    private final Grid<AppUser> userGrid = new Grid<>();
    private final ReturnsGrid returnsGrid;
    private final Grid<RecordEvent> audit = new Grid<>();

    AdminView(UserService users, ReturnService returns, ProgrammeService programmes, ReferenceService reference,
              no.traineemonitor.referenceimport.ReferenceImportService imports) {
        this.users = users;
        this.returns = returns;
        this.programmes = programmes;
        this.reference = reference;
        setWidthFull();
        setMaxWidth("76em");
        add(new H2(getTranslation("admin.title")));

        add(new H3(getTranslation("admin.users")));
        Button create = new Button(getTranslation("admin.new-user"), e -> edit(null));
        create.setId("new-user");
        userGrid.setId("admin-users");
        userGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        userGrid.setAllRowsVisible(true);
        userGrid.addColumn(AppUser::username).setHeader(getTranslation("admin.username")).setKey("username");
        userGrid.addColumn(AppUser::displayName).setHeader(getTranslation("admin.name")).setKey("name");
        userGrid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.roles")).setKey("roles");
        userGrid.addColumn(u -> u.programmeId() == null ? "" : programmeName(u.programmeId()))
                .setHeader(getTranslation("admin.programme")).setKey("programme").setFlexGrow(2);
        userGrid.addColumn(u -> u.countyNumber() == null ? "" : countyName(u.countyNumber()))
                .setHeader(getTranslation("admin.county")).setKey("county");
        userGrid.addColumn(u -> getTranslation(u.active() ? "admin.active" : "admin.inactive"))
                .setHeader(getTranslation("admin.status")).setKey("active");
        userGrid.addItemClickListener(e -> edit(e.getItem()));
        Paragraph howTo = new Paragraph(getTranslation("admin.users-how"));
        howTo.addClassName("muted");
        add(howTo, create, userGrid);

        add(new H3(getTranslation("admin.returns")));
        returnsGrid = new ReturnsGrid(returns, this::programmeName, this::withdraw);
        returnsGrid.setId("admin-returns");
        add(returnsGrid, returnsGrid.emptyText());

        add(new ReferenceImportSection(imports, reference));

        add(new H3(getTranslation("admin.audit")));
        Paragraph auditHow = new Paragraph(getTranslation("admin.audit-how"));
        auditHow.addClassName("muted");
        audit.setId("admin-audit");
        audit.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        audit.setHeight("24em");
        audit.addColumn(e -> ReturnsGrid.when(e.at(), getLocale())).setHeader(getTranslation("reporting.returns.at"))
                .setKey("at").setWidth("10em").setFlexGrow(0);
        audit.addColumn(e -> who(e.by())).setHeader(getTranslation("reporting.returns.by")).setKey("by");
        audit.addColumn(e -> getTranslation("admin.event." + e.type())).setHeader(getTranslation("admin.event"))
                .setKey("event");
        audit.addColumn(this::details).setHeader(getTranslation("admin.details")).setKey("details").setFlexGrow(3);
        add(auditHow, audit);
        refresh();
    }

    private void refresh() {
        userGrid.setItems(users.users().stream().sorted(Comparator.comparing(AppUser::username)).toList());
        returnsGrid.show(returns.returns(), returns.inUse());
        audit.setItems(users.auditLog().stream().sorted(Comparator.comparingLong(RecordEvent::seq).reversed()).toList());
    }

    /** Who did it: a user name, or the app itself (the first administrator) or a visitor not signed in, in words. */
    private String who(String by) {
        return switch (by) {
            case "system" -> getTranslation("admin.by.system");
            case "public" -> getTranslation("admin.by.public");
            default -> by;
        };
    }

    /** What an event was about, in words: the user, the return, the download; never a password hash. */
    private String details(RecordEvent e) {
        return switch (e.type()) {
            case "user_created", "user_changed" -> e.text("username") + " (" + (e.data().get("roles") instanceof List<?> l
                    ? l.stream().map(r -> getTranslation("admin.role." + r)).collect(Collectors.joining(", ")) : "") + ")";
            case "return_submitted" -> getTranslation("admin.detail.return", programmeName(e.text("programme_id")),
                    e.text("year"), e.text("version"));
            case "return_withdrawn" -> getTranslation("admin.detail.withdrawn", e.text("return_id"), e.text("reason"));
            case "sign_in_failed" -> e.text("username");
            case "download" -> download(e.text("what"), e.text("which"));
            default -> "";
        };
    }

    /** A download in words: which workbook, of which programme or county, or which return's file. */
    private String download(String what, String which) {
        String thing = switch (what) {
            case "programme_report" -> getTranslation("admin.what.programme-report", programmeName(which));
            case "county_report" -> getTranslation("admin.what.county-report", which);
            case "extract" -> getTranslation("admin.what.extract", which);
            case "return-file" -> getTranslation("admin.what.return-file", which);
            default -> getTranslation("admin.what.other");
        };
        return thing;
    }

    // --- users -----------------------------------------------------------------------------------------------------

    private void edit(@Nullable AppUser existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "admin.new-user" : "admin.edit-user"));
        dialog.setId("user-dialog");
        TextField username = new TextField(getTranslation("admin.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("admin.username-how"));
        TextField name = new TextField(getTranslation("admin.name"));
        name.setId("user-name");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        ComboBox<Programme> programme = new ComboBox<>(getTranslation("admin.programme"));
        programme.setId("user-programme");
        programme.setItems(programmes.programmes(null, null, null).stream().sorted(Comparator.comparing(Programme::name)).toList());
        programme.setItemLabelGenerator(Programme::name);
        programme.setHelperText(getTranslation("admin.programme-how"));
        ComboBox<County> county = new ComboBox<>(getTranslation("admin.county"));
        county.setId("user-county");
        county.setItems(reference.counties(CountyDivision.D2024));
        county.setItemLabelGenerator(County::name);
        county.setHelperText(getTranslation("admin.county-how"));
        PasswordField password = new PasswordField(getTranslation("admin.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation(existing == null ? "admin.password-how" : "admin.password-keep"));
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        active.setId("user-active");
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            name.setValue(existing.displayName());
            roles.setValue(existing.roles());
            if (existing.programmeId() != null) {
                programmes.programme(existing.programmeId()).ifPresent(programme::setValue);
            }
            if (existing.countyNumber() != null) {
                reference.county(existing.countyNumber(), CountyDivision.D2024).ifPresent(county::setValue);
            }
            active.setValue(existing.active());
        }
        Paragraph problem = new Paragraph();
        problem.setId("user-problem");
        problem.addClassName("flag");
        FormLayout form = new FormLayout(username, name, roles, programme, county, password, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(form, problem);
        Button save = new Button(getTranslation("admin.save"), e -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            String programmeId = Optional.ofNullable(programme.getValue()).map(Programme::programmeId).orElse(null);
            String countyNumber = Optional.ofNullable(county.getValue()).map(County::number).orElse(null);
            String user = username.getValue().strip();
            Optional<String> wrong = users.problem(user, chosen, programmeId, countyNumber, password.getValue(),
                    existing == null);
            if (wrong.isPresent()) {
                problem.setText(getTranslation(wrong.get()));
                return;
            }
            users.save(user, name.getValue().isBlank() ? user : name.getValue().strip(), chosen, programmeId,
                    countyNumber, password.getValue(), active.getValue());
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        Button cancel = new Button(getTranslation("reporting.view.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("40em");
        add(dialog);
        dialog.open();
    }

    // --- returns ---------------------------------------------------------------------------------------------------

    private void withdraw(StoredReturn r) {
        Dialog dialog = new Dialog(getTranslation("admin.withdraw-title", programmeName(r.programmeId()),
                Integer.toString(r.year()), r.version()));
        dialog.setId("withdraw-dialog");
        TextArea reason = new TextArea(getTranslation("admin.withdraw-reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(500);
        Paragraph what = new Paragraph(getTranslation("admin.withdraw-how"));
        what.addClassName("muted");
        dialog.add(what, reason);
        Button confirm = new Button(getTranslation("reporting.returns.withdraw"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("admin.withdraw-reason-needed"));
                reason.setInvalid(true);
                return;
            }
            returns.withdraw(r.returnId(), reason.getValue());
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-withdraw");
        dialog.getFooter().add(new Button(getTranslation("reporting.view.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("36em");
        add(dialog);
        dialog.open();
    }

    private String programmeName(String programmeId) {
        return programmes.programme(programmeId).map(Programme::name).orElse(programmeId);
    }

    private String countyName(String number) {
        return reference.county(number, CountyDivision.D2024).map(County::name).orElse(number);
    }
}
