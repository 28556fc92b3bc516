package io.github.blueprint4j.spring;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Connects a {@code @RequestBody Blueprint} parameter with the {@link BlueprintHttpMessageConverter}:
 * marks the bodies of parameters that ask for validation ({@code @Valid}, {@code @Validated}), so
 * that the converter runs the whole check, and refuses a missing body of a required parameter
 * with a problem.
 */
@ControllerAdvice
class BlueprintRequestBodyAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == Blueprint.class && BlueprintHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        return validationRequested(parameter)
                ? new BlueprintHttpMessageConverter.ValidationRequested(inputMessage)
                : inputMessage;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                  Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
        boolean required = (annotation == null || annotation.required()) && !parameter.isOptional();
        if (body == null && required) {
            throw BlueprintRejectedException.unreadable(List.of(Diagnostic.error("GEN-SYNTAX", null,
                    "The request has no body.", "send a blueprint as application/toml or application/json")),
                    inputMessage);
        }
        return body;
    }

    private static boolean validationRequested(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
                return true;
            }
        }
        return false;
    }
}
