a                                                        = 1
this_is_a_really_long_attribute_name_that_goes_on_and_on = 2
b                                                        = 3
