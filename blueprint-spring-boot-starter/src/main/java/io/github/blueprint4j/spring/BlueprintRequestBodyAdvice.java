package io.github.blueprint4j.spring;

import io.github.blueprint4j.check.CheckReport;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Connects a {@code @RequestBody Blueprint} parameter with the {@link BlueprintHttpMessageConverter}:
 * marks the bodies of parameters that ask for validation ({@code @Valid}, {@code @Validated}), so
 * that the converter runs the whole check, refuses a missing body of a required parameter with a
 * problem, and makes the check's findings the validation result of the argument: Spring's data
 * binder reports them (into the controller's {@code BindingResult} when it takes one) instead of
 * validating the blueprint a second time with other settings.
 */
@ControllerAdvice
class BlueprintRequestBodyAdvice extends RequestBodyAdviceAdapter {

    /** The request attribute holding the report of the blueprint read in this request. */
    private static final String REPORT = BlueprintRequestBodyAdvice.class.getName() + ".report";
    private static final MessageCodesResolver CODES = new DefaultMessageCodesResolver();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == Blueprint.class && BlueprintHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        return validationRequested(parameter)
                ? new BlueprintHttpMessageConverter.ValidationRequested(inputMessage, errorsFollow(parameter))
                : inputMessage;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (inputMessage instanceof BlueprintHttpMessageConverter.ValidationRequested requested
                && requested.report != null && request != null) {
            request.setAttribute(REPORT, requested.report, RequestAttributes.SCOPE_REQUEST);
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
     * Makes the check of a blueprint read in this request the validation of its argument: the
     * binder of that blueprint reports the check's errors and nothing else.
     *
     * @param binder the binder Spring creates for a controller argument
     */
    @InitBinder
    public void reportCheckedBlueprint(WebDataBinder binder) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object target = binder.getTarget();
        if (target instanceof Blueprint && request != null
                && request.getAttribute(REPORT, RequestAttributes.SCOPE_REQUEST) instanceof CheckReport report
                && report.blueprint() == target) {
            binder.replaceValidators(new CheckedBlueprint(report));
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

    /** Whether the next parameter takes the validation errors, as Spring decides whether to throw. */
    private static boolean errorsFollow(MethodParameter parameter) {
        Class<?>[] types = parameter.getExecutable().getParameterTypes();
        int next = parameter.getParameterIndex() + 1;
        return next < types.length && Errors.class.isAssignableFrom(types[next]);
    }

    /** Reports the errors of a check that already ran; it validates nothing itself. */
    private record CheckedBlueprint(CheckReport report) implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return Blueprint.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            String object = errors.getObjectName();
            for (Diagnostic finding : report.errors()) {
                if (!(errors instanceof BindingResult result)) {
                    errors.reject(finding.code(), finding.message());
                    continue;
                }
                ObjectError error = finding.path() == null
                        ? new ObjectError(object, CODES.resolveMessageCodes(finding.code(), object), null, finding.message())
                        : new FieldError(object, finding.path(), null, false,
                                CODES.resolveMessageCodes(finding.code(), object, finding.path(), null), null,
                                finding.message());
                error.wrap(finding);
                result.addError(error);
            }
        }
    }
}
