inputs = merge(
local.common_inputs,
{
name = "x"
size = 3
},
)
