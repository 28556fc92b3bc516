package io.github.blueprint4j.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused blueprint with its problem detail. First in line, so that a general handler
 * of unreadable bodies does not answer with less; it handles nothing but its own exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BlueprintProblemHandler {

    /**
     * Answers with status 400 and the problem detail listing every finding.
     *
     * @param rejected the refusal
     * @return the answer
     */
    @ExceptionHandler(BlueprintRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(BlueprintRejectedException rejected) {
        return ResponseEntity.status(rejected.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(rejected.getBody());
    }
}
