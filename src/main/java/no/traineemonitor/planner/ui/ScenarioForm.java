package no.traineemonitor.planner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.traineemonitor.coverage.MunicipalityCoverage;
import no.traineemonitor.planner.FeeModel;
import no.traineemonitor.planner.ScenarioParameters;
import no.traineemonitor.planner.ScenarioProblem;

/**
 * The scenario as a form: preset, name, municipalities (or all of a BA-region at once), length, cohort, fee model
 * with its prices, members and costs. It reads and writes the same parameters as the URL; "Calculate" hands them on,
 * and problems are shown at their fields and listed above the button.
 */
class ScenarioForm extends Div {

    static final String TABLE_COSTS = "table";
    static final String OWN_COSTS = "own";

    final Select<String> preset = new Select<>();
    final TextField name = new TextField();
    final MultiSelectComboBox<MunicipalityCoverage> municipalities = new MultiSelectComboBox<>();
    final ComboBox<String> baRegion = new ComboBox<>();
    final IntegerField length = new IntegerField();
    final IntegerField cohort = new IntegerField();
    final Select<FeeModel> feeModel = new Select<>();
    final IntegerField traineeFee = new IntegerField();
    final IntegerField members = new IntegerField();
    final IntegerField membershipFee = new IntegerField();
    final RadioButtonGroup<String> costs = new RadioButtonGroup<>();
    final IntegerField costFixed = new IntegerField();
    final IntegerField costPerTrainee = new IntegerField();
    final Button calculate = new Button();
    private final UnorderedList problems = new UnorderedList();
    private final Map<String, List<MunicipalityCoverage>> byBaRegion = new LinkedHashMap<>();
    private final Map<String, MunicipalityCoverage> byNumber = new LinkedHashMap<>();

    ScenarioForm(List<String> presetIds, List<MunicipalityCoverage> all, Map<String, String> baRegions,
                 Consumer<String> onPreset, Consumer<Map<String, String>> onCalculate) {
        setId("planner-form");
        addClassName("planner-form");
        preset.setId("planner-preset");
        preset.setLabel(getTranslation("planner.preset"));
        List<String> presetItems = new ArrayList<>();
        presetItems.add("");
        presetItems.addAll(presetIds);
        preset.setItems(presetItems);
        preset.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("planner.preset.none")
                : getTranslation("planner.preset." + p));
        preset.setValue("");
        preset.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onPreset.accept(e.getValue());
            }
        });
        name.setId("planner-name");
        name.setLabel(getTranslation("planner.name"));
        name.setMaxLength(80);
        name.setClearButtonVisible(true);

        for (MunicipalityCoverage m : all) {
            byNumber.put(m.kommunenummer(), m);
            if (m.baNr() != null) {
                byBaRegion.computeIfAbsent(m.baNr(), k -> new ArrayList<>()).add(m);
            }
        }
        municipalities.setId("planner-municipalities");
        municipalities.setLabel(getTranslation("planner.municipalities"));
        municipalities.setItems(all);
        municipalities.setItemLabelGenerator(m -> m.name() + " (" + m.countyName2024() + ")");
        municipalities.setHelperText(getTranslation("planner.municipalities.helper"));
        municipalities.setClearButtonVisible(true);
        municipalities.setSelectedItemsOnTop(true);
        municipalities.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        baRegion.setId("planner-ba-region");
        baRegion.setLabel(getTranslation("planner.ba-region"));
        baRegion.setItems(baRegions.keySet());
        baRegion.setItemLabelGenerator(nr -> baRegions.getOrDefault(nr, nr));
        baRegion.setPlaceholder(getTranslation("planner.ba-region.placeholder"));
        baRegion.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Set<MunicipalityCoverage> chosen = new LinkedHashSet<>(municipalities.getSelectedItems());
                chosen.addAll(byBaRegion.getOrDefault(e.getValue(), List.of()));
                municipalities.setValue(chosen);
                baRegion.clear();
            }
        });

        whole(length, "planner-length", "planner.length", "planner.unit.months");
        whole(cohort, "planner-cohort", "planner.cohort", "planner.unit.trainees");
        feeModel.setId("planner-fee-model");
        feeModel.setLabel(getTranslation("planner.fee-model"));
        feeModel.setItems(FeeModel.values());
        feeModel.setItemLabelGenerator(f -> getTranslation("planner.fee-model." + f.code()));
        feeModel.setValue(FeeModel.PER_TRAINEE);
        feeModel.addValueChangeListener(e -> showFeeFields());
        whole(traineeFee, "planner-trainee-fee", "planner.trainee-fee", "planner.unit.nok");
        whole(members, "planner-members", "planner.members", "planner.unit.members");
        whole(membershipFee, "planner-membership-fee", "planner.membership-fee", "planner.unit.nok");
        costs.setId("planner-costs");
        costs.setLabel(getTranslation("planner.costs"));
        costs.setItems(TABLE_COSTS, OWN_COSTS);
        costs.setItemLabelGenerator(c -> getTranslation("planner.costs." + c));
        costs.setValue(TABLE_COSTS);
        costs.addValueChangeListener(e -> showCostFields());
        whole(costFixed, "planner-cost-fixed", "planner.cost-fixed", "planner.unit.nok");
        whole(costPerTrainee, "planner-cost-per-trainee", "planner.cost-per-trainee", "planner.unit.nok");

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("56em", 4));
        layout.add(preset, 2);
        layout.add(name, 2);
        layout.add(municipalities, 3);
        layout.add(baRegion);
        layout.add(length, cohort);
        layout.add(feeModel, 2);
        layout.add(traineeFee, members, membershipFee);
        layout.add(costs, 2);
        layout.add(costFixed, costPerTrainee);
        add(layout);

        problems.setId("planner-problems");
        problems.addClassName("planner-problems");
        problems.setVisible(false);
        calculate.setId("planner-calculate");
        calculate.setText(getTranslation("planner.calculate"));
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.addClickListener(e -> onCalculate.accept(parameters()));
        HorizontalLayout actions = new HorizontalLayout(calculate);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(problems, actions);
        showFeeFields();
        showCostFields();
    }

    private void whole(IntegerField field, String id, String labelKey, String unitKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setSuffixComponent(new Span(getTranslation(unitKey)));
        field.setStepButtonsVisible(false);
    }

    private void showFeeFields() {
        FeeModel f = feeModel.getValue();
        traineeFee.setVisible(f == FeeModel.PER_TRAINEE || f == FeeModel.CUSTOM);
        traineeFee.setLabel(getTranslation(f == FeeModel.CUSTOM ? "planner.trainee-fee.custom" : "planner.trainee-fee"));
        traineeFee.setHelperText(f == FeeModel.PER_TRAINEE ? getTranslation("planner.trainee-fee.helper") : null);
        membershipFee.setVisible(f == FeeModel.CUSTOM);
    }

    private void showCostFields() {
        boolean own = OWN_COSTS.equals(costs.getValue());
        costFixed.setVisible(own);
        costPerTrainee.setVisible(own);
    }

    /** The form as the planner's parameters (the URL's). */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (preset.getValue() != null && !preset.getValue().isEmpty()) {
            p.put(ScenarioParameters.PRESET, preset.getValue());
        }
        if (!name.getValue().isBlank()) {
            p.put(ScenarioParameters.NAME, name.getValue().strip());
        }
        p.put(ScenarioParameters.MUNICIPALITIES, String.join(",", municipalities.getSelectedItems().stream()
                .map(MunicipalityCoverage::kommunenummer).sorted().toList()));
        p.put(ScenarioParameters.LENGTH, text(length));
        p.put(ScenarioParameters.COHORT, text(cohort));
        FeeModel f = feeModel.getValue() == null ? FeeModel.PER_TRAINEE : feeModel.getValue();
        p.put(ScenarioParameters.FEE_MODEL, f.code());
        if (traineeFee.isVisible()) {
            p.put(ScenarioParameters.TRAINEE_FEE, text(traineeFee));
        }
        p.put(ScenarioParameters.MEMBERS, text(members));
        if (membershipFee.isVisible()) {
            p.put(ScenarioParameters.MEMBERSHIP_FEE, text(membershipFee));
        }
        if (OWN_COSTS.equals(costs.getValue())) {
            p.put(ScenarioParameters.COST_FIXED, text(costFixed));
            p.put(ScenarioParameters.COST_PER_TRAINEE, text(costPerTrainee));
        }
        p.values().removeIf(String::isEmpty);
        return p;
    }

    private static String text(IntegerField f) {
        return f.getValue() == null ? "" : String.valueOf(f.getValue());
    }

    /** Fills the form from parameters (the URL's); values that are not whole numbers leave their field empty. */
    void show(Map<String, String> p, String presetId) {
        preset.setValue(presetId);
        name.setValue(p.getOrDefault(ScenarioParameters.NAME, ""));
        Set<MunicipalityCoverage> chosen = new LinkedHashSet<>();
        for (String nr : p.getOrDefault(ScenarioParameters.MUNICIPALITIES, "").split("[,\\s]+")) {
            MunicipalityCoverage m = byNumber.get(nr);
            if (m != null) {
                chosen.add(m);
            }
        }
        municipalities.setValue(chosen);
        set(length, p.get(ScenarioParameters.LENGTH));
        set(cohort, p.get(ScenarioParameters.COHORT));
        feeModel.setValue(FeeModel.ofCode(p.getOrDefault(ScenarioParameters.FEE_MODEL, "")).orElse(FeeModel.PER_TRAINEE));
        set(traineeFee, p.get(ScenarioParameters.TRAINEE_FEE));
        set(members, p.get(ScenarioParameters.MEMBERS));
        set(membershipFee, p.get(ScenarioParameters.MEMBERSHIP_FEE));
        boolean own = p.containsKey(ScenarioParameters.COST_FIXED) || p.containsKey(ScenarioParameters.COST_PER_TRAINEE);
        costs.setValue(own ? OWN_COSTS : TABLE_COSTS);
        set(costFixed, p.get(ScenarioParameters.COST_FIXED));
        set(costPerTrainee, p.get(ScenarioParameters.COST_PER_TRAINEE));
    }

    private static void set(IntegerField f, String value) {
        try {
            f.setValue(value == null || value.isBlank() ? null : Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            f.clear();
        }
    }

    /** Shows the problems at their fields and in a list (empty = none). */
    void problems(List<ScenarioProblem> list, List<String> messages) {
        for (Component c : List.of(municipalities, length, cohort, feeModel, traineeFee, members, membershipFee,
                costFixed, costPerTrainee, name, preset)) {
            ((HasValidation) c).setInvalid(false);
        }
        problems.removeAll();
        for (int i = 0; i < list.size(); i++) {
            HasValidation field = field(list.get(i).field());
            field.setErrorMessage(messages.get(i));
            field.setInvalid(true);
            problems.add(new ListItem(messages.get(i)));
        }
        problems.setVisible(!list.isEmpty());
    }

    private HasValidation field(String parameter) {
        return switch (parameter) {
            case ScenarioParameters.MUNICIPALITIES -> municipalities;
            case ScenarioParameters.LENGTH -> length;
            case ScenarioParameters.COHORT -> cohort;
            case ScenarioParameters.FEE_MODEL -> feeModel;
            case ScenarioParameters.TRAINEE_FEE -> traineeFee;
            case ScenarioParameters.MEMBERS -> members;
            case ScenarioParameters.MEMBERSHIP_FEE -> membershipFee;
            case ScenarioParameters.COST_FIXED -> costFixed;
            case ScenarioParameters.COST_PER_TRAINEE -> costPerTrainee;
            case ScenarioParameters.NAME -> name;
            default -> preset;
        };
    }
}
