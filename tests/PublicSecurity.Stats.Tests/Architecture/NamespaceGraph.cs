using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace PublicSecurity.Stats.Tests.Architecture;

/// <summary>How a type refers to another.</summary>
public enum DependencyKind
{
    BaseType,
    Interface,
    GenericConstraint,
    Field,
    MethodSignature,
    Property,
    Event,
    MethodBody,
    LocalVariable,
    CatchClause,
    CustomAttribute,
    CustomAttributeArgument,
}

/// <summary>One example of an edge: a type of namespace <paramref name="From"/> refers to one of <paramref name="To"/>.</summary>
internal sealed record Dependency(string From, string To, string SourceType, string TargetType, DependencyKind Kind)
{
    public override string ToString() => $"{SourceType} -> {TargetType} ({Kind})";
}

/// <summary>
/// The dependencies between the namespaces of a compiled assembly's own types, read from its metadata and IL
/// (nothing is loaded or run). Only namespaces equal to the prefix or below it count, as sources and as targets.
/// </summary>
internal sealed class NamespaceGraph
{
    // OpCodes' public static fields give every opcode's operand type; the IL walk needs it to step over operands.
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(op => unchecked((ushort)op.Value), op => op.OperandType);

    private readonly string prefix;
    private readonly HashSet<string> namespaces = [];
    private readonly Dictionary<(string From, string To), List<Dependency>> edges = [];

    public NamespaceGraph(string assemblyPath, string namespacePrefix)
    {
        prefix = namespacePrefix;
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        new Scanner(this, pe).ScanAll();
        Edges = edges.ToDictionary(edge => edge.Key, edge => (IReadOnlyList<Dependency>)edge.Value);
    }

    /// <summary>The namespaces under the prefix that define at least one type.</summary>
    public IReadOnlySet<string> Namespaces => namespaces;

    /// <summary>Every edge between two different namespaces, with its first example of each kind.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<Dependency>> Edges { get; }

    /// <summary>The strongly connected components with more than one namespace (Tarjan), each sorted.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var successors = edges.ToLookup(edge => edge.From, edge => edge.To);
        var nodes = successors.Select(group => group.Key).Concat(successors.SelectMany(group => group)).Distinct();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            var order = index.Count;
            index[node] = order;
            low[node] = order;
            stack.Push(node);
            foreach (var next in successors[node])
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == order)
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                component.Sort(StringComparer.Ordinal);
                components.Add(component);
            }
        }

        foreach (var node in nodes.Where(node => !index.ContainsKey(node)))
        {
            Visit(node);
        }

        return [.. components.Where(component => component.Count > 1).OrderBy(component => component[0], StringComparer.Ordinal)];
    }

    private bool InScope(string ns) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private void Add(string from, string sourceType, string to, string targetType, DependencyKind kind)
    {
        if (from == to || !InScope(from) || !InScope(to))
        {
            return;
        }

        if (!edges.TryGetValue((from, to), out var examples))
        {
            edges[(from, to)] = examples = [];
        }

        if (!examples.Exists(example => example.Kind == kind))
        {
            examples.Add(new Dependency(from, to, sourceType, targetType, kind));
        }
    }

    /// <summary>
    /// Walks one assembly. As a signature provider, a decoded type is the full names ("Ns.Outer+Inner") of the own
    /// types it mentions (generic arguments, array elements, modifiers and function pointer parts included).
    /// </summary>
    private sealed class Scanner : ISignatureTypeProvider<IEnumerable<string>, object?>
    {
        private readonly NamespaceGraph graph;
        private readonly PEReader pe;
        private readonly MetadataReader reader;
        private readonly Dictionary<TypeDefinitionHandle, string> names = [];
        private readonly Dictionary<string, (string Namespace, TypeDefinitionHandle Handle)> ownTypes = [];
        private readonly AttributeTypes attributeTypes;

        public Scanner(NamespaceGraph graph, PEReader pe)
        {
            this.graph = graph;
            this.pe = pe;
            reader = pe.GetMetadataReader();
            attributeTypes = new AttributeTypes(this);
            foreach (var handle in reader.TypeDefinitions)
            {
                var (name, ns) = NameOf(handle);
                names[handle] = name;
                ownTypes[name] = (ns, handle);
            }
        }

        public void ScanAll()
        {
            // Assembly-level attributes belong to no type: they count as used by the namespace named like the assembly.
            var assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
            Attributes(assembly, "[assembly: " + assembly + "]", reader.GetAssemblyDefinition().GetCustomAttributes());
            foreach (var (handle, name) in names.Where(type => graph.InScope(ownTypes[type.Value].Namespace)))
            {
                graph.namespaces.Add(ownTypes[name].Namespace);
                Scan(reader.GetTypeDefinition(handle), name);
            }
        }

        private void Scan(TypeDefinition type, string source)
        {
            var ns = ownTypes[source].Namespace;
            void Use(IEnumerable<string> targets, DependencyKind kind)
            {
                foreach (var target in targets)
                {
                    graph.Add(ns, source, ownTypes[target].Namespace, target, kind);
                }
            }

            Use(Resolve(type.BaseType), DependencyKind.BaseType);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Use(Resolve(reader.GetInterfaceImplementation(implementation).Interface), DependencyKind.Interface);
            }

            Attributes(ns, source, type.GetCustomAttributes());
            GenericParameters(ns, source, type.GetGenericParameters(), Use);
            foreach (var field in type.GetFields().Select(reader.GetFieldDefinition))
            {
                Use(field.DecodeSignature(this, null), DependencyKind.Field);
                Attributes(ns, source, field.GetCustomAttributes());
            }

            foreach (var property in type.GetProperties().Select(reader.GetPropertyDefinition))
            {
                Use(Flatten(property.DecodeSignature(this, null)), DependencyKind.Property);
                Attributes(ns, source, property.GetCustomAttributes());
            }

            foreach (var @event in type.GetEvents().Select(reader.GetEventDefinition))
            {
                Use(Resolve(@event.Type), DependencyKind.Event);
                Attributes(ns, source, @event.GetCustomAttributes());
            }

            foreach (var method in type.GetMethods().Select(reader.GetMethodDefinition))
            {
                Use(Flatten(method.DecodeSignature(this, null)), DependencyKind.MethodSignature);
                Attributes(ns, source, method.GetCustomAttributes());
                foreach (var parameter in method.GetParameters())
                {
                    Attributes(ns, source, reader.GetParameter(parameter).GetCustomAttributes());
                }

                GenericParameters(ns, source, method.GetGenericParameters(), Use);
                if (method.RelativeVirtualAddress != 0)
                {
                    Body(pe.GetMethodBody(method.RelativeVirtualAddress), Use);
                }
            }
        }

        private void GenericParameters(string ns, string source, GenericParameterHandleCollection parameters, Action<IEnumerable<string>, DependencyKind> use)
        {
            foreach (var parameter in parameters.Select(reader.GetGenericParameter))
            {
                Attributes(ns, source, parameter.GetCustomAttributes());
                foreach (var constraint in parameter.GetConstraints())
                {
                    use(Resolve(reader.GetGenericParameterConstraint(constraint).Type), DependencyKind.GenericConstraint);
                }
            }
        }

        private void Body(MethodBodyBlock body, Action<IEnumerable<string>, DependencyKind> use)
        {
            use(Resolve(body.LocalSignature), DependencyKind.LocalVariable);
            foreach (var region in body.ExceptionRegions.Where(region => region.Kind == ExceptionRegionKind.Catch))
            {
                use(Resolve(region.CatchType), DependencyKind.CatchClause);
            }

            use(Tokens(body.GetILReader()).SelectMany(Resolve), DependencyKind.MethodBody);
        }

        /// <summary>The metadata tokens among the IL's operands (types, members, tokens and call-site signatures).</summary>
        private static List<EntityHandle> Tokens(BlobReader il)
        {
            var tokens = new List<EntityHandle>();
            while (il.RemainingBytes > 0)
            {
                ushort code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (ushort)(0xFE00 | il.ReadByte());
                }

                switch (Operands[code])
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok
                        or OperandType.InlineType or OperandType.InlineSig:
                        tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: 'il.Offset +=' would take the offset before it
                        il.Offset += 4 * targets;
                        break;
                    case var operand:
                        il.Offset += OperandSize(operand);
                        break;
                }
            }

            return tokens;
        }

        private static int OperandSize(OperandType operand) => operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            _ => 4, // InlineBrTarget, InlineI, InlineString, ShortInlineR (token operands are read above)
        };

        private void Attributes(string ns, string source, CustomAttributeHandleCollection attributes)
        {
            foreach (var attribute in attributes.Select(reader.GetCustomAttribute))
            {
                foreach (var target in Resolve(attribute.Constructor))
                {
                    graph.Add(ns, source, ownTypes[target].Namespace, target, DependencyKind.CustomAttribute);
                }

                var value = attribute.DecodeValue(attributeTypes);
                var arguments = value.FixedArguments.Concat(
                    value.NamedArguments.Select(named => new CustomAttributeTypedArgument<string>(named.Type, named.Value)));
                foreach (var target in attributeTypes.TypeArguments(arguments))
                {
                    graph.Add(ns, source, ownTypes[target].Namespace, target, DependencyKind.CustomAttributeArgument);
                }
            }
        }

        /// <summary>The own types an IL token or metadata handle refers to (a member: its declaring type and signature).</summary>
        private IEnumerable<string> Resolve(EntityHandle handle) => handle.Kind switch
        {
            _ when handle.IsNil => [],
            HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)handle, 0),
            HandleKind.MethodDefinition => Resolve(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()),
            HandleKind.FieldDefinition => Resolve(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()),
            HandleKind.MemberReference => MemberReference(reader.GetMemberReference((MemberReferenceHandle)handle)),
            HandleKind.MethodSpecification => MethodSpecification(reader.GetMethodSpecification((MethodSpecificationHandle)handle)),
            HandleKind.StandaloneSignature => StandaloneSignature(reader.GetStandaloneSignature((StandaloneSignatureHandle)handle)),
            _ => [], // a module reference: the parent of a global P/Invoke
        };

        private IEnumerable<string> MemberReference(MemberReference member) => Resolve(member.Parent).Concat(
            member.GetKind() == MemberReferenceKind.Method ? Flatten(member.DecodeMethodSignature(this, null)) : member.DecodeFieldSignature(this, null));

        private IEnumerable<string> MethodSpecification(MethodSpecification method) =>
            Resolve(method.Method).Concat(method.DecodeSignature(this, null).SelectMany(argument => argument));

        private IEnumerable<string> StandaloneSignature(StandaloneSignature signature) =>
            signature.GetKind() == StandaloneSignatureKind.Method
                ? Flatten(signature.DecodeMethodSignature(this, null))
                : signature.DecodeLocalSignature(this, null).SelectMany(local => local);

        private static IEnumerable<string> Flatten(MethodSignature<IEnumerable<string>> signature) =>
            signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(parameter => parameter));

        /// <summary>A type definition's full name ("Ns.Outer+Inner") and the namespace of its outermost type.</summary>
        private (string Name, string Namespace) NameOf(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            if (type.IsNested)
            {
                var (outer, ns) = NameOf(type.GetDeclaringType());
                return (outer + "+" + name, ns);
            }

            var own = reader.GetString(type.Namespace);
            return (own.Length == 0 ? name : own + "." + name, own);
        }

        /// <summary>A type reference's full name and the scope of its outermost type (module, assembly reference…).</summary>
        private (string Name, EntityHandle Scope) NameOf(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                var (outer, scope) = NameOf((TypeReferenceHandle)type.ResolutionScope);
                return (outer + "+" + name, scope);
            }

            var ns = reader.GetString(type.Namespace);
            return (ns.Length == 0 ? name : ns + "." + name, type.ResolutionScope);
        }

        public IEnumerable<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [names[handle]];

        public IEnumerable<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var (name, scope) = NameOf(handle);
            return scope.Kind == HandleKind.ModuleDefinition && ownTypes.ContainsKey(name) ? [name] : [];
        }

        public IEnumerable<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public IEnumerable<string> GetGenericInstantiation(IEnumerable<string> genericType, ImmutableArray<IEnumerable<string>> typeArguments) =>
            genericType.Concat(typeArguments.SelectMany(argument => argument));

        public IEnumerable<string> GetFunctionPointerType(MethodSignature<IEnumerable<string>> signature) => Flatten(signature);

        public IEnumerable<string> GetModifiedType(IEnumerable<string> modifier, IEnumerable<string> unmodifiedType, bool isRequired) =>
            modifier.Concat(unmodifiedType);

        public IEnumerable<string> GetArrayType(IEnumerable<string> elementType, ArrayShape shape) => elementType;

        public IEnumerable<string> GetSZArrayType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetByReferenceType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetPointerType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetPinnedType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public IEnumerable<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public IEnumerable<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        /// <summary>
        /// Decodes attribute values: a type is its name, assembly-qualified when it lives in another assembly (as in
        /// serialized names), so that System.Type is told apart and the underlying type of an enum can be found.
        /// </summary>
        private sealed class AttributeTypes(Scanner scanner) : ICustomAttributeTypeProvider<string>
        {
            /// <summary>The own types named by System.Type values among the arguments (arrays included).</summary>
            public IEnumerable<string> TypeArguments(IEnumerable<CustomAttributeTypedArgument<string>> arguments) =>
                arguments.SelectMany(argument => argument.Value switch
                {
                    ImmutableArray<CustomAttributeTypedArgument<string>> items => TypeArguments(items),
                    string name when IsSystemType(argument.Type) && scanner.ownTypes.ContainsKey(Plain(name)) => [Plain(name)],
                    _ => [],
                });

            /// <summary>A serialized name without its generic arguments, array/pointer/byref suffix and assembly.</summary>
            private static string Plain(string serializedName)
            {
                var end = serializedName.AsSpan().IndexOfAny("[,*&");
                return end < 0 ? serializedName : serializedName[..end];
            }

            public string GetSystemType() => "System.Type";

            public bool IsSystemType(string type) => Plain(type) == "System.Type";

            public string GetTypeFromSerializedName(string name) => name;

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => scanner.names[handle];

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                var (name, scope) = scanner.NameOf(handle);
                return scope.Kind == HandleKind.AssemblyReference
                    ? name + ", " + reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                    : name;
            }

            public PrimitiveTypeCode GetUnderlyingEnumType(string type)
            {
                if (scanner.ownTypes.TryGetValue(Plain(type), out var own))
                {
                    // An enum's only instance field, value__, has the underlying type.
                    var reader = scanner.reader;
                    var valueField = reader.GetTypeDefinition(own.Handle).GetFields().Select(reader.GetFieldDefinition)
                        .Single(field => reader.StringComparer.Equals(field.Name, "value__"));
                    var signature = reader.GetBlobReader(valueField.Signature);
                    signature.ReadSignatureHeader();
                    return (PrimitiveTypeCode)signature.ReadSignatureTypeCode();
                }

                // An enum of another assembly (AttributeTargets, EditorBrowsableState…): ask the runtime, which has it.
                var external = Type.GetType(type, throwOnError: true)!;
                return Enum.Parse<PrimitiveTypeCode>(Enum.GetUnderlyingType(external).Name);
            }
        }
    }
}
