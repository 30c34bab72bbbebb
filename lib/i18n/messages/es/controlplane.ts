import type { CONTROLPLANE_MESSAGES } from '../../../sim/controlplane/messages';
import type { AreaCatalog } from '../types';

export const controlplane: AreaCatalog<typeof CONTROLPLANE_MESSAGES> = {
  'controlplane.notSetMany': ({ names }) => `${names.join(' y ')} no están definidos`,
  'controlplane.finding': ({ component, detail, why }) => `${component}: ${detail}. ${why}`,
  'controlplane.findingWithFix': ({ finding, fix }) => `${finding} Cómo corregirlo: ${fix}`,
  'controlplane.resultLine': ({ status, severity, cis, component, title, detail }) =>
    `[${status === 'pass' ? 'OK' : severity === 'info' ? 'INFO' : 'FALLA'}] ${cis === '—' ? '' : `${cis} `}${component}: ${title} (${detail})`,
  'controlplane.apiserverAccessChecks.isListedInDisable': ({ plugin }) => `${plugin} figura en --disable-admission-plugins`,
  'controlplane.apiserverAccessChecks.isListedInEnable': ({ plugin }) => `${plugin} figura en --enable-admission-plugins`,
  'controlplane.apiserverAccessChecks.isOnByDefault': ({ plugin }) => `${plugin} viene activado por defecto y no está desactivado`,
  'controlplane.apiserverAccessChecks.isNotInEnable': ({ plugin }) => `${plugin} no está en --enable-admission-plugins y viene desactivado por defecto`,
  'controlplane.apiserverAccessChecks.theAuthenticationconfigurationTurnsAnonymous': () => 'la AuthenticationConfiguration apaga los pedidos anónimos',
  'controlplane.apiserverAccessChecks.anonymousRequestsAreOnly': ({ paths }) => `los pedidos anónimos solo se aceptan para ${paths}`,
  'controlplane.apiserverAccessChecks.theAuthenticationconfigurationAcceptsAnonymous': () =>
    'la AuthenticationConfiguration acepta pedidos anónimos más allá de los paths de salud',
  'controlplane.apiserver-anonymous-auth.title': () => 'Se rechazan las solicitudes anónimas',
  'controlplane.apiserver-anonymous-auth.why': () =>
    'Con la autenticación anónima activa, cualquier solicitud sin credenciales entra como system:anonymous (grupo system:unauthenticated): un RoleBinding descuidado a esos nombres abre la API a cualquiera que llegue a ella.',
  'controlplane.apiserver-anonymous-auth.fix': () =>
    'Agregá --anonymous-auth=false al comando de kube-apiserver en /etc/kubernetes/manifests/kube-apiserver.yaml.',
  'controlplane.apiserver-token-auth-file.title': () => 'Sin archivo de tokens estáticos',
  'controlplane.apiserver-token-auth-file.why': () =>
    'Los tokens de --token-auth-file no vencen nunca y solo se revocan editando el archivo y reiniciando el API server.',
  'controlplane.apiserver-token-auth-file.fix': () => 'Sacá --token-auth-file y usá certificados de cliente, OIDC o tokens de ServiceAccount.',
  'controlplane.apiserver-authorization-not-always-allow.title': () => 'La autorización no es AlwaysAllow',
  'controlplane.apiserver-authorization-not-always-allow.why': () =>
    'AlwaysAllow autoriza toda solicitud autenticada: RBAC, y todo lo que el curso enseña sobre él, deja de importar.',
  'controlplane.apiserver-authorization-not-always-allow.fix': () => 'Poné --authorization-mode=Node,RBAC (sin AlwaysAllow).',
  'controlplane.apiserver-authorization-node.title': () => 'Los modos de autorización incluyen Node',
  'controlplane.apiserver-authorization-node.why': () =>
    'El autorizador Node limita cada kubelet a los objetos de sus propios pods; sin él, una credencial de kubelet robada lee todos los Secrets que permita el rol de kubelet.',
  'controlplane.apiserver-authorization-node.fix': () => 'Poné --authorization-mode=Node,RBAC.',
  'controlplane.apiserver-authorization-rbac.title': () => 'Los modos de autorización incluyen RBAC',
  'controlplane.apiserver-authorization-rbac.why': () => 'RBAC es lo que hace efectivos los Roles y RoleBindings; sin él se guardan pero nunca se consultan.',
  'controlplane.apiserver-authorization-rbac.fix': () => 'Poné --authorization-mode=Node,RBAC.',
  'controlplane.apiserver-admission-event-rate-limit.title': () => 'La admisión EventRateLimit está activa',
  'controlplane.apiserver-admission-event-rate-limit.why': () =>
    'Sin límite, un cliente que se porta mal puede inundar el API server y etcd con Events (control manual: los límites necesitan un archivo de configuración).',
  'controlplane.apiserver-admission-event-rate-limit.fix': () =>
    'Agregá EventRateLimit a --enable-admission-plugins y definí sus límites con --admission-control-config-file.',
  'controlplane.apiserver-admission-always-admit.title': () => 'La admisión AlwaysAdmit está desactivada',
  'controlplane.apiserver-admission-always-admit.why': () =>
    'AlwaysAdmit (obsoleto) admite toda solicitud y anula la cadena de admisión que aplica las políticas.',
  'controlplane.apiserver-admission-always-admit.fix': () => 'Sacá AlwaysAdmit de --enable-admission-plugins.',
  'controlplane.apiserver-admission-always-pull-images.title': () => 'La admisión AlwaysPullImages está activa',
  'controlplane.apiserver-admission-always-pull-images.why': () =>
    'En nodos compartidos, un pod puede correr una imagen privada que otro inquilino ya bajó, salvo que cada pod vuelva a validar credenciales (control manual: cuesta tiempo de descarga).',
  'controlplane.apiserver-admission-always-pull-images.fix': () => 'Agregá AlwaysPullImages a --enable-admission-plugins.',
  'controlplane.apiserver-admission-service-account.title': () => 'La admisión ServiceAccount está activa',
  'controlplane.apiserver-admission-service-account.why': () =>
    'El plugin ServiceAccount asigna la ServiceAccount a los pods y verifica que exista; desactivarlo rompe esa garantía.',
  'controlplane.apiserver-admission-service-account.fix': () => 'Sacá ServiceAccount de --disable-admission-plugins.',
  'controlplane.apiserver-admission-namespace-lifecycle.title': () => 'La admisión NamespaceLifecycle está activa',
  'controlplane.apiserver-admission-namespace-lifecycle.why': () =>
    'NamespaceLifecycle rechaza objetos en namespaces que se están borrando o que no existen, y protege los namespaces del sistema.',
  'controlplane.apiserver-admission-namespace-lifecycle.fix': () => 'Sacá NamespaceLifecycle de --disable-admission-plugins.',
  'controlplane.apiserver-admission-node-restriction.title': () => 'La admisión NodeRestriction está activa',
  'controlplane.apiserver-admission-node-restriction.why': () =>
    'NodeRestriction impide que un kubelet modifique otros nodos, pods de otros nodos y sus propias etiquetas sensibles; viene desactivado por defecto.',
  'controlplane.apiserver-admission-node-restriction.fix': () => 'Agregá NodeRestriction a --enable-admission-plugins (y usá --authorization-mode=Node,RBAC).',
  'controlplane.apiserver-admission-pod-security.title': () => 'La admisión PodSecurity está activa',
  'controlplane.apiserver-admission-pod-security.why': () =>
    'Sin PodSecurity, las etiquetas pod-security.kubernetes.io de los namespaces no hacen nada: se admiten pods privilegiados en todos lados.',
  'controlplane.apiserver-admission-pod-security.fix': () => 'Sacá PodSecurity de --disable-admission-plugins.',
  'controlplane.apiserver-profiling.title': () => 'El profiling está desactivado',
  'controlplane.apiserver-profiling.why': () =>
    'Los endpoints /debug/pprof revelan detalles internos del servidor y se pueden usar para frenarlo; solo hacen falta para depurar.',
  'controlplane.apiserver-profiling.fix': () => 'Agregá --profiling=false al comando de kube-apiserver.',
  'controlplane.apiserver-deny-service-external-ips.title': () => 'La admisión DenyServiceExternalIPs está activa',
  'controlplane.apiserver-deny-service-external-ips.why': () =>
    'Quien pueda crear un Service con externalIPs puede interceptar el tráfico hacia esas IPs (CVE-2020-8554); la mayoría de los clusters no usa ese campo.',
  'controlplane.apiserver-deny-service-external-ips.fix': () => 'Agregá DenyServiceExternalIPs a --enable-admission-plugins.',
  'controlplane.apiserverDataChecks.isNotSetSo': ({ name }) => `${name} no está definido, así que se usan las suites por defecto de Go`,
  'controlplane.apiserverDataChecks.allowsWeakSuites': ({ name, suites }) => `${name} permite suites débiles: ${suites}`,
  'controlplane.apiserverDataChecks.requestTimeoutIsNot': () => '--request-timeout no está definido y su valor por defecto (1m0s) es razonable',
  'controlplane.apiserverDataChecks.requestTimeoutIsNot2': ({ value }) => `--request-timeout="${value}" no es una duración positiva`,
  'controlplane.apiserver-audit-log-path.title': () => 'Se escribe el log de auditoría',
  'controlplane.apiserver-audit-log-path.why': () => 'Sin log de auditoría no queda registro de quién hizo qué: una intrusión o un error no dejan rastro.',
  'controlplane.apiserver-audit-log-path.fix': () => 'Poné --audit-log-path=/var/log/kubernetes/audit/audit.log (y montá ese directorio en el pod).',
  'controlplane.apiserver-audit-policy-file.title': () => 'Hay una política de auditoría',
  'controlplane.apiserver-audit-policy-file.why': () =>
    'Sin --audit-policy-file el API server no audita nada, aunque haya un archivo de log: la política decide qué se registra y con qué nivel.',
  'controlplane.apiserver-audit-policy-file.fix': () =>
    'Escribí una Policy de auditoría (audit.k8s.io/v1) y pasala con --audit-policy-file=/etc/kubernetes/audit-policy.yaml.',
  'controlplane.apiserver-audit-log-maxage.title': () => 'Los logs de auditoría se guardan 30 días',
  'controlplane.apiserver-audit-log-maxage.why': () =>
    'Las investigaciones suelen empezar semanas después; los archivos de auditoría rotados tienen que durar lo suficiente para responderlas.',
  'controlplane.apiserver-audit-log-maxage.fix': () => 'Poné --audit-log-maxage=30 (días) o más.',
  'controlplane.apiserver-audit-log-maxbackup.title': () => 'Se guardan 10 archivos de auditoría',
  'controlplane.apiserver-audit-log-maxbackup.why': () => 'Con pocos archivos rotados, los registros viejos se borran antes de que alguien los lea.',
  'controlplane.apiserver-audit-log-maxbackup.fix': () => 'Poné --audit-log-maxbackup=10 o más.',
  'controlplane.apiserver-audit-log-maxsize.title': () => 'Los archivos de auditoría rotan a los 100 MB',
  'controlplane.apiserver-audit-log-maxsize.why': () => 'Un tamaño de rotación sensato mantiene el log usable y evita que llene el disco.',
  'controlplane.apiserver-audit-log-maxsize.fix': () => 'Poné --audit-log-maxsize=100 (MB) o más.',
  'controlplane.apiserver-request-timeout.title': () => 'El timeout de solicitudes es razonable',
  'controlplane.apiserver-request-timeout.why': () =>
    'Timeouts muy largos dejan que clientes lentos retengan recursos del servidor (control manual: el valor por defecto de 60s suele estar bien).',
  'controlplane.apiserver-request-timeout.fix': () => 'Sacá --request-timeout o ponelo en pocos minutos como mucho, por ejemplo --request-timeout=300s.',
  'controlplane.apiserver-service-account-lookup.title': () => 'Los tokens de ServiceAccount se validan contra etcd',
  'controlplane.apiserver-service-account-lookup.why': () => 'Sin lookup, un token sigue funcionando aunque se borre su ServiceAccount o su Secret.',
  'controlplane.apiserver-service-account-lookup.fix': () => 'Sacá --service-account-lookup=false (por defecto es true) o poné --service-account-lookup=true.',
  'controlplane.apiserver-service-account-key-file.title': () => 'Hay una clave para verificar tokens de ServiceAccount',
  'controlplane.apiserver-service-account-key-file.why': () =>
    'Un archivo de clave explícito permite rotar las claves que firman los tokens; sin él se reutiliza la clave privada TLS.',
  'controlplane.apiserver-service-account-key-file.fix': () => 'Poné --service-account-key-file=/etc/kubernetes/pki/sa.pub.',
  'controlplane.apiserver-etcd-client-cert.title': () => 'El API server se autentica ante etcd con un certificado',
  'controlplane.apiserver-etcd-client-cert.why': () =>
    'etcd guarda todos los Secrets del cluster; solo debería aceptar clientes con certificado, y el API server necesita uno.',
  'controlplane.apiserver-etcd-client-cert.fix': () => 'Poné --etcd-certfile y --etcd-keyfile (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt y .key).',
  'controlplane.apiserver-etcd-cafile.title': () => 'Se verifica el certificado de etcd',
  'controlplane.apiserver-etcd-cafile.why': () => 'Sin la CA de etcd, el API server no puede distinguir el etcd real de un impostor.',
  'controlplane.apiserver-etcd-cafile.fix': () => 'Poné --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt.',
  'controlplane.apiserver-tls-cert.title': () => 'El API server sirve un certificado TLS propio',
  'controlplane.apiserver-tls-cert.why': () => 'Sin estos flags el API server genera un certificado autofirmado que los clientes no pueden verificar.',
  'controlplane.apiserver-tls-cert.fix': () => 'Poné --tls-cert-file y --tls-private-key-file (kubeadm: /etc/kubernetes/pki/apiserver.crt y .key).',
  'controlplane.apiserver-client-ca-file.title': () => 'Se pueden verificar certificados de cliente',
  'controlplane.apiserver-client-ca-file.why': () =>
    '--client-ca-file es lo que hace posible y segura la autenticación con certificados de cliente (kubelets, admins).',
  'controlplane.apiserver-client-ca-file.fix': () => 'Poné --client-ca-file=/etc/kubernetes/pki/ca.crt.',
  'controlplane.apiserver-kubelet-client-cert.title': () => 'El API server se autentica ante los kubelets',
  'controlplane.apiserver-kubelet-client-cert.why': () =>
    'exec, logs y port-forward van del API server al kubelet; el kubelet solo debería aceptarlo con un certificado de cliente.',
  'controlplane.apiserver-kubelet-client-cert.fix': () => 'Poné --kubelet-client-certificate y --kubelet-client-key.',
  'controlplane.apiserver-kubelet-certificate-authority.title': () => 'Se verifican los certificados de los kubelets',
  'controlplane.apiserver-kubelet-certificate-authority.why': () =>
    'Sin esto el API server habla con los kubelets sin verificar quién responde, así que exec y logs se pueden interceptar.',
  'controlplane.apiserver-kubelet-certificate-authority.fix': () =>
    'Poné --kubelet-certificate-authority con la CA que firma los certificados de los kubelets.',
  'controlplane.apiserver-encryption-provider-config.title': () => 'Los Secrets se cifran en reposo',
  'controlplane.apiserver-encryption-provider-config.why': () =>
    'Sin configuración de cifrado, los Secrets se guardan en etcd en texto plano (base64 no es cifrado): un backup de etcd tiene todas las contraseñas del cluster.',
  'controlplane.apiserver-encryption-provider-config.fix': () =>
    'Escribí una EncryptionConfiguration (con aescbc, secretbox o kms primero) y pasala con --encryption-provider-config.',
  'controlplane.apiserver-tls-cipher-suites.title': () => 'Solo suites TLS fuertes',
  'controlplane.apiserver-tls-cipher-suites.why': () =>
    'Las suites débiles (3DES, RC4, CBC con SHA1) permiten ataques de degradación y descifrado del tráfico de la API.',
  'controlplane.apiserver-tls-cipher-suites.fix': () =>
    'Poné en --tls-cipher-suites solo suites fuertes, por ejemplo TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.',
  'controlplane.apiserver-insecure-port.title': () => 'Sin puerto inseguro',
  'controlplane.apiserver-insecure-port.why': () =>
    'El puerto inseguro sirve toda la API por HTTP plano sin autenticación ni autorización. Viene apagado desde v1.20 y el flag se eliminó en v1.24.',
  'controlplane.apiserver-insecure-port.fix': () => 'Sacá --insecure-port (o poné --insecure-port=0 en versiones anteriores a v1.24).',
  'controlplane.apiserver-insecure-bind-address.title': () => 'El puerto inseguro no se expone',
  'controlplane.apiserver-insecure-bind-address.why': () =>
    '--insecure-bind-address expone el puerto HTTP sin autenticación más allá de localhost (eliminado en v1.24).',
  'controlplane.apiserver-insecure-bind-address.fix': () => 'Sacá --insecure-bind-address.',
  'controlplane.apiserver-secure-port.title': () => 'El puerto seguro está activo',
  'controlplane.apiserver-secure-port.why': () => '--secure-port=0 apaga HTTPS y deja solo formas inseguras de llegar a la API.',
  'controlplane.apiserver-secure-port.fix': () => 'Sacá --secure-port=0 (por defecto es 6443).',
  'controlplane.apiserverHostChecks.sendsAuditEventsTo': ({ flag }) =>
    `--${flag}=- manda los eventos de auditoría a la salida estándar del contenedor: duran solo hasta que el kubelet rota el log del contenedor (10 MiB por defecto), no en un archivo que vos guardás`,
  'controlplane.apiserverHostChecks.noVolumemountCoversSo': ({ name, value }) =>
    `${name}: ningún volumeMount cubre ${value}, así que el contenedor no ve ese archivo`,
  'controlplane.apiserverHostChecks.theVolumemountNamesA': ({ name, volume }) => `${name}: el volumeMount nombra un volumen "${volume}" que el pod no declara`,
  'controlplane.apiserverHostChecks.volumeIsNotA': ({ name, volume }) =>
    `${name}: el volumen "${volume}" no es hostPath, y un Pod estático no puede usar objetos de la API`,
  'controlplane.apiserverHostChecks.isMountedReadonlySo': ({ name, mountPath }) =>
    `${name}: ${mountPath} está montado readOnly, así que el API server no puede escribir el log`,
  'controlplane.apiserverHostChecks.isTheNodeS': ({ name, hostPath }) => `${name} es ${hostPath} del nodo`,
  'controlplane.apiserverHostChecks.isNotAmongThe': ({ value }) => `${value} no está entre los archivos: escribí la EncryptionConfiguration que nombra`,
  'controlplane.apiserverHostChecks.encryptionconfiguration': ({ path, detail }) => `EncryptionConfiguration ${path}: ${detail}`,
  'controlplane.apiserverHostChecks.encryptsSecrets': ({ value }) => `${value} cifra los Secrets`,
  'controlplane.apiserverHostChecks.everyProbeOfThe': () => 'cada probe del kubelet recibe respuesta',
  'controlplane.apiserver-health-probes.title': () => 'El kubelet puede chequear al API server',
  'controlplane.apiserver-health-probes.why': () =>
    'El kubelet chequea sin credenciales. Si una probe recibe 401 o no se puede conectar, el kubelet reinicia al API server una y otra vez y el clúster se apaga.',
  'controlplane.apiserver-health-probes.fix': () =>
    'Chequeá con tcpSocket en el puerto seguro, o dejá el acceso anónimo solo para /livez, /readyz y /healthz con una AuthenticationConfiguration (v1.32+) en vez de --anonymous-auth.',
  'controlplane.apiserver-audit-policy-mounted.title': () => 'El archivo de policy de auditoría está montado',
  'controlplane.apiserver-audit-policy-mounted.why': () =>
    'Un Pod estático solo ve lo que tiene montado: sin el montaje el API server no puede leer su policy y no arranca.',
  'controlplane.apiserver-audit-policy-mounted.fix': () =>
    'Agregá un volumen hostPath para la carpeta de la policy y un volumeMount que cubra --audit-policy-file.',
  'controlplane.apiserver-audit-log-mounted.title': () => 'El log de auditoría se escribe en el nodo',
  'controlplane.apiserver-audit-log-mounted.why': () =>
    'Sin un montaje hostPath escribible el log queda dentro del contenedor (se pierde en cada reinicio) o directamente no se puede escribir.',
  'controlplane.apiserver-audit-log-mounted.fix': () =>
    'Agregá un volumen hostPath para la carpeta del log y un volumeMount (no readOnly) que cubra --audit-log-path.',
  'controlplane.apiserver-encryption-config-mounted.title': () => 'La configuración de cifrado está montada',
  'controlplane.apiserver-encryption-config-mounted.why': () =>
    'El API server lee --encryption-provider-config de su propio sistema de archivos: sin el montaje no arranca.',
  'controlplane.apiserver-encryption-config-mounted.fix': () =>
    'Agregá un volumen hostPath para la carpeta de la configuración de cifrado y un volumeMount que cubra el path del flag.',
  'controlplane.apiserver-encryption-config-valid.title': () => 'La configuración de cifrado cifra los Secrets',
  'controlplane.apiserver-encryption-config-valid.why': () =>
    'Una key mal formada frena al API server; identity primero escribe los Secrets en texto plano aunque el flag esté puesto.',
  'controlplane.apiserver-encryption-config-valid.fix': () =>
    'Poné aescbc, aesgcm, secretbox o kms primero para secrets, con una key base64 de 32 bytes al azar; identity va al final, solo para leer datos viejos.',
  'controlplane.apiserverProbes.nothingListensOnPort': ({ port, securePort }) =>
    `nada escucha en el puerto ${port} (el API server atiende en el ${securePort})`,
  'controlplane.apiserverProbes.anHttpRequestTo': ({ port }) => `un pedido HTTP al puerto HTTPS ${port} recibe 400`,
  'controlplane.apiserverProbes.theKubeletProbesWithout': ({ path }) =>
    `el kubelet chequea ${path} sin credenciales y los pedidos anónimos están apagados: 401 Unauthorized`,
  'controlplane.apiserverProbes.systemAnonymousMayNot': ({ path }) => `system:anonymous no puede hacer get de ${path}: 403 Forbidden`,
  'controlplane.apiserverProbes.theKubeApiserverImage': () => 'la imagen de kube-apiserver es distroless: no hay shell ni curl para hacer exec',
  'controlplane.apiserverProbes.theApiServerDoes': () => 'el API server no sirve el protocolo de salud gRPC',
  'controlplane.apiserverProbes.theProbeHasNo': () => 'la probe no tiene handler (httpGet, tcpSocket, exec o grpc)',
  'controlplane.apiserverProbes.thereIsNoLivenessprobe': () => 'no hay livenessProbe: el kubelet no puede reiniciar un API server colgado',
  'controlplane.apiserverProbes.text': ({ name, problem }) => `${name}: ${problem}`,
  'controlplane.checkBuilders.isNotSet': ({ name }) => `${name} no está definido`,
  'controlplane.checkBuilders.isNotSetAnd': ({ name, fallback }) => `${name} no está definido y su valor por defecto (${fallback}) ya es seguro`,
  'controlplane.checkBuilders.isNotSetSo': ({ name, fallback }) => `${name} no está definido, así que vale ${fallback} por defecto`,
  'controlplane.checkBuilders.isSetTo': ({ name, value }) => `${name} vale "${value}"`,
  'controlplane.checkBuilders.isNotTheComponent': ({ name, value, what }) => `${name}="${value}" no es ${what}: el componente no arranca`,
  'controlplane.checkBuilders.aValidBoolean': () => 'un booleano válido',
  'controlplane.checkBuilders.aWholeNumber': () => 'un número entero',
  'controlplane.componentChecks.rotatekubeletservercertificateIsOnThe': () => 'RotateKubeletServerCertificate está activo (el valor por defecto)',
  'controlplane.componentChecks.featureGatesTurnsRotatekubeletservercertificate': () => '--feature-gates desactiva RotateKubeletServerCertificate',
  'controlplane.componentChecks.theDebugPprofEndpoints': () =>
    'Los endpoints /debug/pprof revelan detalles internos y se pueden usar para frenar el componente; solo hacen falta para depurar.',
  'controlplane.componentChecks.itsMetricsAndHealth': () =>
    'Sus endpoints de métricas y salud solo tienen que ser accesibles desde el propio nodo; escuchar en todas las interfaces los expone a la red.',
  'controlplane.controller-manager-profiling.title': () => 'El profiling del controller manager está desactivado',
  'controlplane.controller-manager-profiling.fix': () => 'Agregá --profiling=false al comando de kube-controller-manager.',
  'controlplane.controller-manager-service-account-credentials.title': () => 'Cada controlador usa su propia ServiceAccount',
  'controlplane.controller-manager-service-account-credentials.why': () =>
    'Si no, todos los controladores corren con las credenciales del controller manager, muy amplias, en vez de un rol acotado por controlador.',
  'controlplane.controller-manager-service-account-credentials.fix': () => 'Agregá --use-service-account-credentials=true.',
  'controlplane.controller-manager-service-account-private-key.title': () => 'Los tokens de ServiceAccount se firman con una clave propia',
  'controlplane.controller-manager-service-account-private-key.why': () =>
    'Una clave de firma dedicada se puede rotar por separado; va de la mano con --service-account-key-file del API server.',
  'controlplane.controller-manager-service-account-private-key.fix': () => 'Poné --service-account-private-key-file=/etc/kubernetes/pki/sa.key.',
  'controlplane.controller-manager-root-ca-file.title': () => 'Los pods reciben la CA del cluster',
  'controlplane.controller-manager-root-ca-file.why': () =>
    'La CA raíz va en cada volumen de token de ServiceAccount para que los pods verifiquen al API server y no los engañe un impostor.',
  'controlplane.controller-manager-root-ca-file.fix': () => 'Poné --root-ca-file=/etc/kubernetes/pki/ca.crt.',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.title': () => 'Los certificados de los kubelets pueden rotar',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.why': () =>
    'Rotar los certificados de los kubelets evita que sigan en uso certificados vencidos o filtrados.',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.fix': () => 'Sacá RotateKubeletServerCertificate=false de --feature-gates.',
  'controlplane.controller-manager-bind-address.title': () => 'El controller manager solo escucha en localhost',
  'controlplane.controller-manager-bind-address.fix': () => 'Poné --bind-address=127.0.0.1.',
  'controlplane.scheduler-profiling.title': () => 'El profiling del scheduler está desactivado',
  'controlplane.scheduler-profiling.fix': () => 'Agregá --profiling=false al comando de kube-scheduler.',
  'controlplane.scheduler-bind-address.title': () => 'El scheduler solo escucha en localhost',
  'controlplane.scheduler-bind-address.fix': () => 'Poné --bind-address=127.0.0.1.',
  'controlplane.componentChecks.etcdHoldsEveryObject': () =>
    'etcd guarda todos los objetos del cluster, Secrets incluidos: quien le habla directo se saltea RBAC y la admisión.',
  'controlplane.etcd-tls.title': () => 'etcd sirve TLS a los clientes',
  'controlplane.etcd-tls.fix': () => 'Poné --cert-file y --key-file (kubeadm: /etc/kubernetes/pki/etcd/server.crt y .key).',
  'controlplane.etcd-client-cert-auth.title': () => 'etcd exige certificados de cliente',
  'controlplane.etcd-client-cert-auth.fix': () => 'Poné --client-cert-auth=true (y --trusted-ca-file).',
  'controlplane.etcd-auto-tls.title': () => 'etcd no usa TLS autofirmado con clientes',
  'controlplane.etcd-auto-tls.why': () => '--auto-tls hace que etcd genere certificados autofirmados que los clientes no pueden verificar.',
  'controlplane.etcd-auto-tls.fix': () => 'Sacá --auto-tls=true.',
  'controlplane.etcd-peer-tls.title': () => 'Los peers de etcd hablan por TLS',
  'controlplane.etcd-peer-tls.why': () => 'El tráfico de replicación entre miembros de etcd lleva toda la base de datos.',
  'controlplane.etcd-peer-tls.fix': () => 'Poné --peer-cert-file y --peer-key-file.',
  'controlplane.etcd-peer-client-cert-auth.title': () => 'Los peers de etcd se autentican entre sí',
  'controlplane.etcd-peer-client-cert-auth.why': () =>
    'Sin autenticación de peers, cualquiera que llegue al puerto de peers puede sumarse al cluster de etcd y recibir sus datos.',
  'controlplane.etcd-peer-client-cert-auth.fix': () => 'Poné --peer-client-cert-auth=true.',
  'controlplane.etcd-peer-auto-tls.title': () => 'Los peers de etcd no usan TLS autofirmado',
  'controlplane.etcd-peer-auto-tls.why': () => '--peer-auto-tls hace que los peers usen certificados autofirmados que no se pueden verificar.',
  'controlplane.etcd-peer-auto-tls.fix': () => 'Sacá --peer-auto-tls=true.',
  'controlplane.controlplane-stray-argument.title': () => 'Solo argumentos --flag',
  'controlplane.controlplane-stray-argument.why': () =>
    'Los componentes del control plane no aceptan argumentos sueltos y no arrancan si hay uno. Un flag booleano nunca toma la palabra siguiente como valor: "--profiling false" es --profiling=true más un "false" suelto.',
  'controlplane.controlplane-stray-argument.fix': () => 'Escribí cada flag como --nombre=valor, por ejemplo --profiling=false.',
  'controlplane.controlplane-stray-argument.detail': () => 'todos los argumentos son flags',
  'controlplane.controlplane-stray-argument.detail2': ({ component, text }) => `${component} no acepta el argumento "${text}"`,
  'controlplane.encryptionChecks.noResourcesEntryCovers': () => 'ningún elemento de resources cubre secrets, así que se escriben sin cifrar',
  'controlplane.encryptionChecks.secretsAreEncryptedWith': ({ provider }) => `los secrets se cifran con ${provider}`,
  'controlplane.encryptionChecks.theFirstProviderFor': ({ shown }) =>
    `el primer provider para secrets es ${shown}, así que los Secrets nuevos se escriben sin cifrar`,
  'controlplane.encryption-secrets-provider.title': () => 'Los Secrets se escriben cifrados',
  'controlplane.encryption-secrets-provider.why': () =>
    'El primer provider cifra cada escritura nueva; con identity primero (o sin entrada para secrets) los Secrets llegan a etcd en texto plano, y los demás providers solo descifran datos viejos.',
  'controlplane.encryption-secrets-provider.fix': () =>
    'Listá secrets en resources y poné aescbc, aesgcm, secretbox o kms primero en sus providers (identity al final, solo para leer datos viejos); después reescribí los Secrets existentes (kubectl get secrets -A -o json | kubectl replace -f -).',
  'controlplane.encryptionFile.needsAtLeastOne': ({ provider }) => `${provider} necesita al menos una key`,
  'controlplane.encryptionFile.everyKeyNeedsA': () => 'cada key necesita un name',
  'controlplane.encryptionFile.keySecretIsNot': ({ name }) => `key "${name}": secret no es base64 válido`,
  'controlplane.encryptionFile.keyIsBytesNeeds': ({ name, size, provider, want }) =>
    `la key "${name}" tiene ${size} bytes; ${provider} necesita ${want} bytes (head -c 32 /dev/urandom | base64)`,
  'controlplane.encryptionFile.eachProviderMustBe': () => 'cada provider tiene que ser exactamente uno de aescbc, aesgcm, secretbox, kms, identity',
  'controlplane.encryptionFile.kmsNeedsAName': () => 'kms necesita name y endpoint',
  'controlplane.encryptionFile.everyResourcesEntryNeeds': () => 'cada elemento de resources necesita resources y providers',
  'controlplane.encryptionFile.noResourcesEntryCovers': () => 'ningún elemento de resources cubre secrets, así que se escriben sin cifrar',
  'controlplane.encryptionFile.theFirstProviderFor': () => 'el primer provider para secrets es identity, así que los Secrets nuevos se escriben sin cifrar',
  'controlplane.kubeletChecks.eventrecordqpsIsNotA': ({ value }) => `eventRecordQPS=${value} no es una tasa válida`,
  'controlplane.kubeletChecks.eventrecordqpsIs0Events': () => 'eventRecordQPS vale 0: los eventos no tienen ningún límite',
  'controlplane.kubeletChecks.servertlsbootstrapIsTrueThe': () => 'serverTLSBootstrap vale true: el certificado se pide a la CA del cluster',
  'controlplane.kubeletChecks.rotatecertificatesIsNotSet': () =>
    'rotateCertificates no está definido y vale false por defecto (kube-bench da este control por bueno cuando falta)',
  'controlplane.kubelet-anonymous-auth.title': () => 'El kubelet rechaza solicitudes anónimas',
  'controlplane.kubelet-anonymous-auth.why': () =>
    'La API del kubelet (puerto 10250) ejecuta comandos en los contenedores y lee sus logs; las solicitudes anónimas nunca deberían llegar.',
  'controlplane.kubelet-anonymous-auth.fix': () =>
    'Poné authentication.anonymous.enabled: false en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-authorization-mode.title': () => 'El kubelet consulta al API server antes de atender',
  'controlplane.kubelet-authorization-mode.why': () =>
    'Con AlwaysAllow, cualquiera que llegue al puerto 10250 y se autentique (o cualquiera, con auth anónima) puede hacer exec en todos los pods del nodo.',
  'controlplane.kubelet-authorization-mode.fix': () =>
    'Poné authorization.mode: Webhook en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-client-ca-file.title': () => 'El kubelet verifica certificados de cliente',
  'controlplane.kubelet-client-ca-file.why': () => 'Sin CA de clientes, el kubelet no puede autenticar el certificado de cliente del API server.',
  'controlplane.kubelet-client-ca-file.fix': () =>
    'Poné authentication.x509.clientCAFile: /etc/kubernetes/pki/ca.crt en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-read-only-port.title': () => 'El puerto de solo lectura está cerrado',
  'controlplane.kubelet-read-only-port.why': () =>
    'El puerto de solo lectura (en general 10255) sirve specs de pods y datos del nodo por HTTP sin ninguna autenticación.',
  'controlplane.kubelet-read-only-port.fix': () =>
    'Poné readOnlyPort: 0 en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-streaming-connection-idle-timeout.title': () => 'Las sesiones inactivas de exec y port-forward expiran',
  'controlplane.kubelet-streaming-connection-idle-timeout.why': () =>
    'Un timeout de 0 deja abiertas para siempre las conexiones de exec y port-forward olvidadas, para quien las secuestre y como gasto de recursos.',
  'controlplane.kubelet-streaming-connection-idle-timeout.fix': () =>
    'Poné streamingConnectionIdleTimeout: 5m en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-protect-kernel-defaults.title': () => 'El kubelet protege la configuración del kernel',
  'controlplane.kubelet-protect-kernel-defaults.why': () =>
    'Con protectKernelDefaults el kubelet no arranca si la configuración del kernel no es la que necesita, en vez de cambiarla en silencio.',
  'controlplane.kubelet-protect-kernel-defaults.fix': () =>
    'Poné protectKernelDefaults: true en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet (ajustá antes los sysctls).',
  'controlplane.kubelet-make-iptables-util-chains.title': () => 'El kubelet administra sus cadenas de iptables',
  'controlplane.kubelet-make-iptables-util-chains.why': () =>
    'El kubelet mantiene las reglas de iptables que los pods necesitan para la red en línea con su configuración.',
  'controlplane.kubelet-make-iptables-util-chains.fix': () =>
    'Poné makeIPTablesUtilChains: true (el valor por defecto) en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-event-record-qps.title': () => 'Los eventos se registran a una tasa sensata',
  'controlplane.kubelet-event-record-qps.why': () =>
    'Un límite muy bajo pierde eventos relevantes para la seguridad; 0 (sin límite) deja que un nodo ruidoso inunde al API server.',
  'controlplane.kubelet-event-record-qps.fix': () =>
    'Poné eventRecordQPS en un nivel apropiado (por defecto 50) en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-tls-cert.title': () => 'El kubelet sirve un certificado verificable',
  'controlplane.kubelet-tls-cert.why': () =>
    'Sin certificado (ni serverTLSBootstrap) el kubelet sirve uno autofirmado y el API server no puede verificar que habla con el nodo real.',
  'controlplane.kubelet-tls-cert.fix': () =>
    'Poné tlsCertFile y tlsPrivateKeyFile, o serverTLSBootstrap: true, en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-rotate-certificates.title': () => 'Los certificados de cliente del kubelet rotan',
  'controlplane.kubelet-rotate-certificates.why': () =>
    'La rotación reemplaza el certificado de cliente del kubelet antes de que venza, así que se pueden usar certificados de vida corta.',
  'controlplane.kubelet-rotate-certificates.fix': () =>
    'Poné rotateCertificates: true en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-rotate-server-certificate.title': () => 'Los certificados del kubelet pueden rotar',
  'controlplane.kubelet-rotate-server-certificate.why': () =>
    'Apagar la función RotateKubeletServerCertificate deja los certificados en uso hasta que alguien los reemplace a mano.',
  'controlplane.kubelet-rotate-server-certificate.fix': () =>
    'Sacá featureGates.RotateKubeletServerCertificate: false en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-tls-cipher-suites.title': () => 'Solo suites TLS fuertes',
  'controlplane.kubelet-tls-cipher-suites.why': () => 'Las suites débiles permiten ataques de degradación y descifrado del tráfico hacia la API del kubelet.',
  'controlplane.kubelet-tls-cipher-suites.fix': () =>
    'Poné en tlsCipherSuites solo suites fuertes, por ejemplo [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384], en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
  'controlplane.kubelet-pod-pids-limit.title': () => 'Los pods tienen límite de procesos',
  'controlplane.kubelet-pod-pids-limit.why': () =>
    'Sin límite de PIDs, un pod (una fork bomb) puede agotar la tabla de procesos del nodo y tirar abajo a sus vecinos.',
  'controlplane.kubelet-pod-pids-limit.fix': () =>
    'Poné podPidsLimit, por ejemplo podPidsLimit: 4096, en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
};
