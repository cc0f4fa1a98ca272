using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Statistico.Messaging.Persistence;

/// <summary>Quoted Postgres names of a mapped entity, read from the EF model so raw SQL follows any remapping.</summary>
internal static class SqlNames
{
    public static string Table<T>(DbContext context) => Table(EntityType<T>(context));

    public static string Column<T>(DbContext context, string propertyName)
    {
        var entity = EntityType<T>(context);
        var property = entity.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no mapped property {propertyName}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return Quote(property.GetColumnName(table)!);
    }

    private static IEntityType EntityType<T>(DbContext context) =>
        context.Model.FindEntityType(typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped in {context.GetType().Name}; call the model builder extension.");

    private static string Table(IEntityType entity)
    {
        var schema = entity.GetSchema();
        var table = Quote(entity.GetTableName()!);
        return schema is null ? table : $"{Quote(schema)}.{table}";
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
