package dk.kompetence.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Kompetence API", version = "1",
        description = "Kompetenceudvikling: katalog, hold, tilmeldinger og dækning"))
public class RestApplication extends Application {
}
