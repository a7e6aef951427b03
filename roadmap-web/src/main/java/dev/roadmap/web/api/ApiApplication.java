package dev.roadmap.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Roadmap Portal API", version = "1",
        description = "Published roadmaps, in the field names of the importer's parse output."))
public class ApiApplication extends Application {
}
