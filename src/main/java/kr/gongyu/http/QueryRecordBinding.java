package kr.gongyu.http;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds the {@link QueryRecord} records of controller methods from the request's parameters, as Spring's constructor
 * binding would: each component from the parameter of its name, converted with the component's formatting annotations
 * ({@code @DateTimeFormat}), a value that does not convert reported as that field's type mismatch, and the record
 * validated when the parameter asks for it ({@code @Valid}), both as {@link MethodArgumentNotValidException}.
 *
 * <p>Why not Spring's own: it rebuilds each constructor parameter's metadata on every request and asks the JDK for its
 * annotations, which parses them anew each time; on a search that was a fifth of the server's CPU (BENCHMARKS.md,
 * "Search: server CPU"). Here a record's shape is read once per type.
 */
@Configuration(proxyBeanMethods = false)
class QueryRecordBinding implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    /** A record's canonical constructor and its components' names and types, read once. */
    private record Shape(Constructor<?> constructor, List<Component> components) {

        static Shape of(Class<?> type) {
            var recordComponents = type.getRecordComponents();
            if (recordComponents == null) {
                throw new IllegalStateException(type + " is marked @QueryRecord but is no record");
            }
            var constructor = BeanUtils.getResolvableConstructor(type);
            var components = Arrays.stream(recordComponents)
                    .map(component -> Component.of(constructor, component, recordComponents))
                    .toList();
            return new Shape(constructor, components);
        }
    }

    private record Component(String name, TypeDescriptor type) {

        static Component of(Constructor<?> constructor, RecordComponent component, RecordComponent[] all) {
            if (component.getType().isPrimitive()) {
                throw new IllegalStateException(component + ": a parameter may be absent, so its type must be boxed");
            }
            var index = Arrays.asList(all).indexOf(component);
            return new Component(component.getName(), new TypeDescriptor(new MethodParameter(constructor, index)));
        }
    }

    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().isAnnotationPresent(QueryRecord.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders)
            throws Exception {
        if (binders == null) {
            throw new IllegalStateException("Binding " + parameter + " needs a WebDataBinderFactory");
        }
        var shape = shapes.get(parameter.getParameterType());
        var name = Conventions.getVariableNameForParameter(parameter);
        var converter = binders.createBinder(request, null, name);
        var mismatches = new MapBindingResult(new LinkedHashMap<>(), name);
        var arguments = new Object[shape.components().size()];
        for (var i = 0; i < arguments.length; i++) {
            var component = shape.components().get(i);
            var values = request.getParameterValues(component.name());
            if (values == null) {
                continue;
            }
            Object raw = values.length == 1 ? values[0] : values;
            try {
                arguments[i] =
                        converter.convertIfNecessary(raw, component.type().getType(), component.type());
            } catch (TypeMismatchException mismatch) {
                mismatch.initPropertyName(component.name());
                converter.getBindingErrorProcessor().processPropertyAccessException(mismatch, mismatches);
            }
        }
        if (mismatches.hasErrors()) {
            throw new MethodArgumentNotValidException(parameter, mismatches);
        }
        var bound = BeanUtils.instantiateClass(shape.constructor(), arguments);
        for (var annotation : parameter.getParameterAnnotations()) {
            var hints = ValidationAnnotationUtils.determineValidationHints(annotation);
            if (hints != null) {
                var validator = binders.createBinder(request, bound, name);
                validator.validate(hints);
                if (validator.getBindingResult().hasErrors()) {
                    throw new MethodArgumentNotValidException(parameter, validator.getBindingResult());
                }
                break;
            }
        }
        return bound;
    }
}
