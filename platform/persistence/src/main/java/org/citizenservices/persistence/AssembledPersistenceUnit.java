package org.citizenservices.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/**
 * A persistence unit assembled by the host instead of read from {@code persistence.xml}: exactly the entity classes
 * a capability (or the core) declares, loaded by the class loader it was given — a bundle's, for a capability — on
 * its schema's data source.
 */
record AssembledPersistenceUnit(String name, ClassLoader classLoader, URL rootUrl, List<String> entityClassNames,
                             DataSource dataSource) implements PersistenceUnitInfo {

    AssembledPersistenceUnit {
        // EclipseLink throws on a null root URL; a bundle's root entry or a class-path root serves
        if (rootUrl == null) {
            throw new IllegalArgumentException("a persistence unit needs a root URL");
        }
        entityClassNames = List.copyOf(entityClassNames);
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return rootUrl;
    }

    @Override
    public List<String> getManagedClassNames() {
        return entityClassNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: entities are used as compiled
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
