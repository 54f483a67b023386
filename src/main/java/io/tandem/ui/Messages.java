package io.tandem.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** English and Japanese from properties bundles (UTF-8) beside this class: io/tandem/ui/messages*.properties. */
public final class Messages implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAPANESE = Locale.JAPANESE;
    private static final String BUNDLE = "io.tandem.ui.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, JAPANESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && locale.getLanguage().equals("ja") ? JAPANESE : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Normalises any locale to one we provide. */
    public static Locale supported(Locale l) {
        return l != null && l.getLanguage().equals("ja") ? JAPANESE : ENGLISH;
    }
}
