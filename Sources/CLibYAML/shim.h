// libyaml, the C library under PyYAML: the YAML front matter import reads with it, so that
// the executable does not carry Foundation (which a Swift YAML library brings) for one command.
#include <yaml.h>
