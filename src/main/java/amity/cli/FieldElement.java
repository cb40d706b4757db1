package amity.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A field of one object, as {@link CommandModel} binds an option to it and picocli injects a
 * {@code @ParentCommand} into it: by the field alone, no annotation read.
 */
final class FieldElement implements IGetter, ISetter, IAnnotatedElement {
    private final Object owner;
    private final Field field;
    /** What the field is to picocli: an option's or parameter's, or a @Spec's or @ParentCommand's. */
    private final Class<? extends Annotation> role;

    FieldElement(Object owner, Field field, Class<? extends Annotation> role) {
        this.owner = owner;
        this.field = field;
        this.role = role;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        try {
            return (T) field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T set(T value) {
        try {
            T old = get();
            field.set(owner, value);
            return old;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object userObject() {
        return field;
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> type) {
        return type == role;
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> type) {
        return field.getAnnotation(type);
    }

    @Override
    public String getName() {
        return field.getName();
    }

    @Override
    public String getMixinName() {
        return field.getName();
    }

    @Override
    public boolean isArgSpec() {
        return isOption() || isParameter();
    }

    @Override
    public boolean isOption() {
        return role == Option.class;
    }

    @Override
    public boolean isParameter() {
        return role == Parameters.class;
    }

    @Override
    public boolean isArgGroup() {
        return false;
    }

    @Override
    public boolean isMixin() {
        return false;
    }

    @Override
    public boolean isUnmatched() {
        return false;
    }

    @Override
    public boolean isSpec() {
        return role == Spec.class;
    }

    @Override
    public boolean isParentCommand() {
        return role == ParentCommand.class;
    }

    @Override
    public boolean isMultiValue() {
        return false;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean hasInitialValue() {
        return true;
    }

    @Override
    public boolean isMethodParameter() {
        return false;
    }

    @Override
    public int getMethodParamPosition() {
        return -1;
    }

    @Override
    public IScope scope() {
        return null;
    }

    @Override
    public IGetter getter() {
        return this;
    }

    @Override
    public ISetter setter() {
        return this;
    }

    @Override
    public ITypeInfo getTypeInfo() {
        return null;
    }

    @Override
    public String getToString() {
        return field.toString();
    }
}
