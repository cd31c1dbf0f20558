package com.vianet.partnersupport.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, shaped like Partner Center's ServiceRequest resource so its scripts work here. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Partner Support API",
            version = "1",
            description =
                "Partner Center compatible service requests. HTTP Basic with a portal user."))
public class ApiApplication extends Application {}
