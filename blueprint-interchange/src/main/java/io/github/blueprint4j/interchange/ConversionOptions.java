package io.github.blueprint4j.interchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a conversion needs from the caller because a classic blueprint cannot say it: the image
 * type, the upload target, and defaults for a name, a distribution and an architecture the
 * blueprint leaves out. Immutable; build it with {@link #builder()}.
 *
 * <p>Values the blueprint has win over these defaults. A value a target shape requires and that
 * neither gives is reported as {@code IX-CALLER} and left out of the result.
 */
public final class ConversionOptions {

    private static final ConversionOptions NONE = builder().build();

    private final String name;
    private final String distribution;
    private final String architecture;
    private final String imageType;
    private final String uploadType;
    private final Map<String, Object> uploadOptions;

    private ConversionOptions(Builder builder) {
        this.name = builder.name;
        this.distribution = builder.distribution;
        this.architecture = builder.architecture;
        this.imageType = builder.imageType;
        this.uploadType = builder.uploadType;
        this.uploadOptions = Map.copyOf(builder.uploadOptions);
    }

    /**
     * Returns options with nothing set.
     *
     * @return the empty options
     */
    public static ConversionOptions none() {
        return NONE;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name used when the blueprint has none (the hosted service and the cloud API
     * require one; bootc-image-builder configs usually have none).
     *
     * @return the name, or {@code null}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the distribution used when the blueprint has no {@code distro}.
     *
     * @return the distribution, for example {@code rhel-9.6}, or {@code null}
     */
    public String distribution() {
        return distribution;
    }

    /**
     * Returns the architecture used when the blueprint has no {@code architecture}.
     *
     * @return the architecture, for example {@code x86_64}, or {@code null}
     */
    public String architecture() {
        return architecture;
    }

    /**
     * Returns the image type: of the hosted or cloud API image request ({@code guest-image},
     * {@code aws}, ...), or the bootc image type of a bootc-image-builder config
     * ({@code qcow2}, {@code anaconda-iso}, ...).
     *
     * @return the image type, or {@code null}
     */
    public String imageType() {
        return imageType;
    }

    /**
     * Returns the hosted service's upload type ({@code aws}, {@code gcp}, {@code azure},
     * {@code aws.s3}, {@code oci.objectstorage}).
     *
     * @return the upload type, or {@code null}
     */
    public String uploadType() {
        return uploadType;
    }

    /**
     * Returns the options of the upload request, as JSON values (strings, numbers, booleans,
     * lists and maps of them).
     *
     * @return the upload options, never {@code null}
     */
    public Map<String, Object> uploadOptions() {
        return uploadOptions;
    }

    /** Builds {@link ConversionOptions}; not thread-safe. */
    public static final class Builder {
        private String name;
        private String distribution;
        private String architecture;
        private String imageType;
        private String uploadType;
        private final Map<String, Object> uploadOptions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the name used when the blueprint has none.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the distribution used when the blueprint has no {@code distro}.
         *
         * @param distribution the distribution
         * @return this builder
         */
        public Builder distribution(String distribution) {
            this.distribution = distribution;
            return this;
        }

        /**
         * Sets the architecture used when the blueprint has none.
         *
         * @param architecture the architecture
         * @return this builder
         */
        public Builder architecture(String architecture) {
            this.architecture = architecture;
            return this;
        }

        /**
         * Sets the image type.
         *
         * @param imageType the image type
         * @return this builder
         */
        public Builder imageType(String imageType) {
            this.imageType = imageType;
            return this;
        }

        /**
         * Sets the hosted upload target.
         *
         * @param type    the upload type
         * @param options its options, JSON values
         * @return this builder
         */
        public Builder upload(String type, Map<String, ?> options) {
            this.uploadType = type;
            this.uploadOptions.clear();
            this.uploadOptions.putAll(Objects.requireNonNull(options, "options"));
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ConversionOptions build() {
            return new ConversionOptions(this);
        }
    }
}
