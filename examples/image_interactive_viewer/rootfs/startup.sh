#!/bin/bash
# Replace the build-time password with the one the helm chart passes, or a random one.
USER=chaimeleon
PREVIOUS_PASSWORD=chaimeleon
if [ -z "${PASSWORD:-}" ]; then
  PASSWORD=$(< /dev/urandom tr -dc _A-Z-a-z-0-9 | head -c16)
fi
echo -e "$PREVIOUS_PASSWORD\n$PASSWORD\n$PASSWORD" | (passwd $USER)
exec /usr/bin/supervisord -n -c /etc/supervisor/supervisord.conf
