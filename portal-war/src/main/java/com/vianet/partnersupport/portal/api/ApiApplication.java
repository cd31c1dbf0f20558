package com.vianet.partnersupport.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, shaped like Partner Center's ServiceRequest resource so its scripts work here. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Partner Support API",
            version = "1",
            description =
                "Partner Center compatible service requests. Authenticate with an API token"
                    + " (Authorization: Bearer psk_...) that a partner admin creates on the Support"
                    + " profile page; HTTP Basic with a portal user for trying things out."),
    security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {}
