/**
 * The Vaadin dashboard: views (status, configuration, history, audit, login), forms and dialogs. They
 * talk only to {@link io.tandem.service.ClusterService} and {@link io.tandem.service.UserDirectory},
 * which {@link io.tandem.ui.TandemInstantiator} passes to view constructors from servlet context
 * attributes set by the composition root ({@link io.tandem.ui.UiServices}).
 *
 * <p>Rules kept here: only Vaadin's Java components, styles from webapp/ through {@code @StyleSheet}
 * (no frontend bundle build); every text comes from the messages bundles; live views subscribe in
 * onAttach, unsubscribe in onDetach and update through {@code UI.access()}; every control goes through
 * {@link io.tandem.ui.CommandDialog} (preview first, then apply). Imports: service, cib.
 */
package io.tandem.ui;
