package io.tandem.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet with our instantiator (views get the facade in their constructor) and the sign-in
 * guard. closeIdleSessions lets sessions time out although Push heartbeats keep arriving.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, initParams = {
        @WebInitParam(name = "closeIdleSessions", value = "true"),
        @WebInitParam(name = "heartbeatInterval", value = "60")})
public class TandemServlet extends VaadinServlet {

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        UiServices services = UiServices.from(getServletContext());
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new TandemInstantiator(this, services);
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().addUIInitListener(event -> SignInGuard.install(event.getUI()));
    }
}
