/** The "Look inside" panel's sections and the concept page each links to (same slug in both languages). */
export const XRAY_SECTIONS = [
	{ key: 'processes', page: 'containers/process-isolation/' },
	{ key: 'namespaces', page: 'containers/namespaces-and-cgroups/#namespaces' },
	{ key: 'cgroups', page: 'containers/namespaces-and-cgroups/#cgroups' },
	{ key: 'filesystem', page: 'docker/images-and-layers/#layers' },
	{ key: 'network', page: 'docker/networking/' },
] as const;
