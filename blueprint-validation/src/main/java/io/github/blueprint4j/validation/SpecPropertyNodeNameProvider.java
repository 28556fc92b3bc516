package io.github.blueprint4j.validation;

import io.github.blueprint4j.validation.internal.PropertyKeys;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Makes Hibernate Validator name the properties in violations' paths as the blueprint format
 * names them: {@code customizations.disk.partitions[0].fs_type}, not {@code ...partitions[0].fsType}.
 * The names are the {@code @JsonProperty} names of the model (and of any class of yours that has
 * them); a property without one keeps its Java name. Install it when you build the factory:
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
 *         .messageInterpolator(new ParameterMessageInterpolator())   // without Expression Language
 *         .propertyNodeNameProvider(new SpecPropertyNodeNameProvider())
 *         .buildValidatorFactory();
 * }</pre>
 *
 * <p>Stateless and thread-safe; what it reads about a class is read once.
 */
public final class SpecPropertyNodeNameProvider implements PropertyNodeNameProvider {

    /** Creates the provider. */
    public SpecPropertyNodeNameProvider() {
    }

    /**
     * Returns the key name of a property.
     *
     * @param property the property Hibernate Validator names
     * @return its {@code @JsonProperty} name, or its Java name when it has none
     */
    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            return PropertyKeys.key(bean.getDeclaringClass(), bean.getName());
        }
        return property.getName();
    }
}
