package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.modules.SettingsBook;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.spi.PracticeSetting;
import org.citizenservices.spi.RecordAccessLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The practice's defaults in words: the record access a new online account is given, and each installed
 * capability's own rules (booking window, cancellation cut-off …) as it declares them, with their bounds. A setting
 * no installed capability declares can still be set by name, for a module built before declarations.
 */
final class PracticeDefaultsSection extends Div {

    private final Portal portal;
    private final StaffMember staff;
    private final Messages messages;
    private final Runnable changed;

    PracticeDefaultsSection(Portal portal, StaffMember staff, Messages messages, Runnable changed) {
        this.portal = portal;
        this.staff = staff;
        this.messages = messages;
        this.changed = changed;
        setId("practice-defaults");
        Map<String, String> settings = portal.core().practices().practice(staff.practiceId()).settings();
        add(new H2("Practice defaults"), recordLevel(settings));
        List<SettingsBook.Group> groups = portal.settings().groups();
        groups.forEach(group -> add(group(group, settings)));
        add(otherSettings(settings, groups));
    }

    private Component recordLevel(Map<String, String> settings) {
        Select<RecordAccessLevel> level = new Select<>();
        level.setId("default-record-level");
        level.setLabel("Record access a new online account is given");
        level.setItems(RecordAccessLevel.values());
        level.setItemLabelGenerator(RecordAccessLevel::description);
        level.setValue(parse(settings.get(PracticeServices.DEFAULT_RECORD_LEVEL)));
        level.setHelperText("What the registration-letter run gives a patient's new account; a clinician can change "
                + "it for each patient.");
        Button save = new Button("Save", click -> save(() -> portal.core().practices().putSetting(staff,
                PracticeServices.DEFAULT_RECORD_LEVEL, level.getValue().name()), "The default record access is saved."));
        save.setId("default-record-level-save");
        HorizontalLayout row = new HorizontalLayout(level, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component group(SettingsBook.Group group, Map<String, String> settings) {
        Div box = new Div(new H3(group.displayName()));
        box.setId("settings-" + group.capabilityId());
        Map<PracticeSetting, Supplier<String>> values = new LinkedHashMap<>();
        Map<PracticeSetting, Component> fields = new LinkedHashMap<>();
        for (PracticeSetting setting : group.settings()) {
            String current = settings.getOrDefault(setting.key(), setting.defaultValue());
            String id = "setting-" + setting.key().replace('.', '-');
            if (setting.kind() == PracticeSetting.Kind.YES_NO) {
                Checkbox yes = new Checkbox(setting.label(), Boolean.parseBoolean(current));
                yes.setId(id);
                if (setting.hint() != null) {
                    yes.setHelperText(setting.hint());
                }
                values.put(setting, () -> Boolean.toString(yes.getValue()));
                fields.put(setting, yes);
                box.add(new Div(yes));
            } else {
                TextField number = new TextField(setting.label());
                number.setId(id);
                number.setValue(current);
                number.setMaxLength(6);
                number.getElement().setAttribute("inputmode", "numeric");
                number.setHelperText((setting.hint() == null ? "" : setting.hint() + " ") + "From " + setting.min()
                        + " to " + setting.max() + "; " + setting.defaultValue() + " unless you change it.");
                values.put(setting, number::getValue);
                fields.put(setting, number);
                box.add(new Div(number));
            }
        }
        Button save = new Button("Save " + group.displayName().toLowerCase(java.util.Locale.ROOT) + " settings",
                click -> saveGroup(group, values, fields));
        save.setId("settings-save-" + group.capabilityId());
        box.add(save);
        return box;
    }

    /** Checked together, so a mistake in one field saves none of them. */
    private void saveGroup(SettingsBook.Group group, Map<PracticeSetting, Supplier<String>> values,
                           Map<PracticeSetting, Component> fields) {
        List<Messages.Problem> problems = new ArrayList<>();
        values.forEach((setting, value) -> setting.problem(value.get()).ifPresent(problem -> problems.add(
                new Messages.Problem(problem, fields.get(setting)))));
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        save(() -> values.forEach((setting, value) -> portal.core().practices().putSetting(staff, setting,
                value.get())), group.displayName() + " settings are saved.");
    }

    private Component otherSettings(Map<String, String> settings, List<SettingsBook.Group> groups) {
        Set<String> declared = new java.util.HashSet<>();
        groups.forEach(g -> g.settings().forEach(s -> declared.add(s.key())));
        declared.add(PracticeServices.DEFAULT_RECORD_LEVEL);
        Table table = new Table("practice-settings", null, List.of("Setting", "Value"));
        settings.forEach((key, value) -> {
            if (!declared.contains(key)) {
                table.row(key, value);
            }
        });
        TextField key = new TextField("Setting");
        key.setId("setting-key");
        key.setMaxLength(PracticeServices.MAX_SETTING_NAME);
        TextField value = new TextField("Value");
        value.setId("setting-value");
        value.setMaxLength(PracticeServices.MAX_SETTING_VALUE);
        Button save = new Button("Save setting", click -> save(() -> {
            var declaration = portal.settings().find(key.getValue() == null ? "" : key.getValue().trim());
            if (declaration.isPresent()) {
                portal.core().practices().putSetting(staff, declaration.get(), value.getValue());
            } else {
                portal.core().practices().putSetting(staff, key.getValue(), value.getValue());
            }
        }, "Setting saved."));
        save.setId("setting-save");
        HorizontalLayout row = new HorizontalLayout(key, value, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new H3("Other settings"), new Paragraph("Settings of modules that do not describe their "
                + "own, by name: the module's id, a dot and the setting's name."), table, row);
    }

    private void save(Runnable change, String done) {
        if (messages.run(change)) {
            changed.run();
            messages.done(done);
        }
    }

    private static RecordAccessLevel parse(String value) {
        try {
            return value == null ? RecordAccessLevel.SUMMARY : RecordAccessLevel.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return RecordAccessLevel.SUMMARY;
        }
    }
}
