package io.github.blueprint4j.spring;

import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * Answers a blueprint body of a media type that is neither JSON nor TOML with 415 and a problem
 * detail naming the accepted types. Last in line: the application's own handlers of 415 come
 * first, and for controllers that take no blueprint it steps aside.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BlueprintMediaTypeHandler {

    private final List<MediaType> accepted;

    BlueprintMediaTypeHandler(List<MediaType> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    /**
     * Answers with 415, the accepted types in the {@code Accept} header and the problem detail.
     *
     * @param unsupported the refusal of Spring MVC
     * @param handler     the controller method
     * @return the answer
     * @throws HttpMediaTypeNotSupportedException {@code unsupported}, when the method takes no
     *         blueprint body: Spring MVC answers as it would without this handler
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException unsupported,
                                                     HandlerMethod handler)
            throws HttpMediaTypeNotSupportedException {
        if (handler == null || !takesBlueprintBody(handler)) {
            throw unsupported;
        }
        String types = MediaType.toString(accepted);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type '" + (unsupported.getContentType() == null ? "" : unsupported.getContentType())
                        + "' is not a blueprint format; send " + types + ".");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT, types)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static boolean takesBlueprintBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    && Blueprint.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
