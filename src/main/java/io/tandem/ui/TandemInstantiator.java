package io.tandem.ui;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import io.tandem.service.ClusterService;
import io.tandem.service.UserDirectory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.InstantSource;

/**
 * Constructor injection without a DI container: a class with a public constructor whose parameters
 * are all services gets them; everything else is built by Vaadin's default instantiator.
 */
final class TandemInstantiator extends DefaultInstantiator {

    private final UiServices services;
    private final I18NProvider i18n = new Messages();

    TandemInstantiator(VaadinService service, UiServices services) {
        super(service);
        this.services = services;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type.getPackageName().startsWith("io.tandem.ui")) {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() > 0 && injectable(c.getParameterTypes())) {
                    return type.cast(construct(c));
                }
            }
        }
        return super.getOrCreate(type);
    }

    private static boolean injectable(Class<?>[] types) {
        for (Class<?> t : types) {
            if (t != ClusterService.class && t != UserDirectory.class && t != InstantSource.class) {
                return false;
            }
        }
        return true;
    }

    private Object construct(Constructor<?> c) {
        Object[] args = new Object[c.getParameterCount()];
        Class<?>[] types = c.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == ClusterService.class ? services.cluster()
                    : types[i] == UserDirectory.class ? services.users() : services.clock();
        }
        try {
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
