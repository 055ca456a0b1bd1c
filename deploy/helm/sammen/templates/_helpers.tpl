{{/* The name of a service's objects: <release>-<service>. */}}
{{- define "sammen.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "sammen.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: sammen
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "sammen.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "sammen.image" -}}
{{- $image := .root.Values.image -}}
{{- $repository := printf "%s/%s" $image.repositoryPrefix .name -}}
{{- if $image.registry }}{{ $repository = printf "%s/%s" $image.registry $repository }}{{ end -}}
{{- printf "%s:%s" $repository (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{- define "sammen.secretName" -}}
{{- default (printf "%s-sammen" .Release.Name) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "sammen.kafkaBootstrap" -}}
{{- if .Values.kafka.deploy -}}
{{- printf "%s-kafka-kafka-bootstrap:9093" .Release.Name -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required when kafka.deploy is false" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{/* The CloudNativePG cluster of a service. */}}
{{- define "sammen.dbCluster" -}}
{{- printf "%s-%s-db" .root.Release.Name .name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
