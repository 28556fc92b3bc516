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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Connects a {@code @RequestBody Blueprint} parameter with the {@link BlueprintHttpMessageConverter}:
 * marks the bodies of parameters that ask for validation, so that the converter runs the whole
 * check; keeps the application's Bean Validation from judging the same blueprint a second time
 * (with Java property paths and the checker's options unknown to it); refuses a missing body of a
 * required parameter with a problem.
 */
@ControllerAdvice
class BlueprintRequestBodyAdvice extends RequestBodyAdviceAdapter {

    /** The request attribute holding the blueprint the converter has checked. */
    private static final String CHECKED = BlueprintRequestBodyAdvice.class.getName() + ".CHECKED";

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
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        if (validationRequested(parameter)) {
            RequestContextHolder.currentRequestAttributes().setAttribute(CHECKED, body, RequestAttributes.SCOPE_REQUEST);
        }
        return body;
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

    /**
     * Leaves out the application's validators for a blueprint the converter has already checked:
     * its rules ran with the configured options and located findings.
     *
     * @param binder  the binder of a controller argument
     * @param request the request
     */
    @InitBinder
    public void checkedOnce(WebDataBinder binder, WebRequest request) {
        Object target = binder.getTarget();
        if (target instanceof Blueprint && target == request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST)) {
            binder.replaceValidators();
        }
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
