package kr.gongyu.api.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.gongyu.catalog.Category;
import org.jspecify.annotations.Nullable;

/** The text names a category or a major class of categories ({@code 회의실}, {@code 체육시설}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCategory.Validator.class)
@interface KnownCategory {

    String message() default "{problem.field.category}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownCategory, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || !Category.selectedBy(value).isEmpty();
        }
    }
}
