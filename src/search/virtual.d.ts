// Starlight's default Search reads the `pagefind` option through this virtual module; it ships
// no type for it, so our override declares the one export it uses.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
